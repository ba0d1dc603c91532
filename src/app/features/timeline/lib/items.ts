// Timeline items from events: a known day is a point; a month, week, year or an estimated date is a range over the
// days it covers, styled apart (see Legend). Dates are calendar days at UTC midnight; a range ends after its last day.
import type { EventDate, TimelineEvent } from '../../../../pipeline/types';

export type ItemKind = 'day' | 'span' | 'estimated' | 'band';

export interface EventItem {
  id: string;
  /** Position in the event index (what the filter mask is keyed by); -1 for the date-filter band. */
  position: number;
  type: 'point' | 'range' | 'background';
  start: Date;
  end?: Date;
  kind: ItemKind;
  className: string;
  /** Text for the item's label (rendered with textContent by the template; never HTML). */
  label: string;
  /** Required by vis-timeline's item type; always empty, the template draws the label. */
  content: '';
}

const DAY_MS = 86_400_000;
export const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function itemKind(date: EventDate): ItemKind {
  if (date.estimated) return 'estimated';
  return date.from === date.to ? 'day' : 'span';
}

/** A title cut at a word boundary, for the crowded timeline (the full title is in the list and the detail). */
export function shortLabel(title: string, max = 48): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The item for an event placed at `date` (when it happened, or when it was first reported). */
export function toItem(event: TimelineEvent, position: number, date: EventDate = event.date): EventItem {
  const kind = itemKind(date);
  const start = utcDay(date.from);
  const base = { id: event.id, position, start, kind, className: `dl-item dl-${kind}`, label: shortLabel(event.title), content: '' as const };
  return kind === 'day' ? { ...base, type: 'point' } : { ...base, type: 'range', end: new Date(utcDay(date.to).getTime() + DAY_MS) };
}

/** Items for the events at their places on the axis; an event without a place (no known report date) has none. */
export function toItems(events: readonly TimelineEvent[], placed: readonly (EventDate | null)[]): EventItem[] {
  const items: EventItem[] = [];
  events.forEach((event, i) => {
    const date = placed[i];
    if (date) items.push(toItem(event, i, date));
  });
  return items;
}

export const BAND_ID = 'dl-dates-band';

/** The date-range filter drawn as a background band behind the events. */
export function bandItem(range: { from: string; to: string }): EventItem {
  const { start, end } = daysToWindow(range);
  return { id: BAND_ID, position: -1, type: 'background', start, end, kind: 'band', className: 'dl-band', label: '', content: '' };
}

/** The days a window covers: its first day, and the day its last instant falls in. */
export function windowToDays(start: Date, end: Date): { from: string; to: string } {
  return { from: start.toISOString().slice(0, 10), to: new Date(Math.max(start.getTime(), end.getTime() - 1)).toISOString().slice(0, 10) };
}

export function daysToWindow(range: { from: string; to: string }): { start: Date; end: Date } {
  return { start: utcDay(range.from), end: new Date(utcDay(range.to).getTime() + DAY_MS) };
}

/** A window `days` wide centred on `center`. */
export function windowAround(center: Date, days: number): { start: Date; end: Date } {
  const half = (days * DAY_MS) / 2;
  return { start: new Date(center.getTime() - half), end: new Date(center.getTime() + half) };
}
