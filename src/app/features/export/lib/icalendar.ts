// RFC 5545 iCalendar: one all-day VEVENT per event, for calendar apps.
import { isCalendarDay } from '../../../../lib/iso-day';
import type { IsoDate, TimelineEvent } from '../../../../pipeline/types';
import { escapeText, foldLine } from './ical-text';
import { type DocsById, eventRows } from './rows';

const compactDay = (day: IsoDate) => day.replaceAll('-', '');

/** The day after `day` (DTEND of an all-day event is exclusive). */
function nextDay(day: IsoDate): IsoDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(0);
  next.setUTCFullYear(y, m - 1, d + 1);
  return next.toISOString().slice(0, 10);
}

/** `2024-12-19` or a date-time with `Z` or an offset → DTSTAMP form `20241219T082100Z`; anything else throws. */
export function icalStamp(generatedAt: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(generatedAt) ? `${generatedAt}T00:00:00Z` : generatedAt;
  const zoned = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(iso) && isCalendarDay(iso.slice(0, 10));
  const ms = zoned ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`generatedAt must be an ISO date or a date-time with a zone: '${generatedAt}'`);
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** A VCALENDAR of the events; `generatedAt` (from the bundle, never the wall clock) is every DTSTAMP. */
export function toICalendar(events: readonly TimelineEvent[], generatedAt: string, docsById?: DocsById): string {
  const stamp = icalStamp(generatedAt);
  const vevents = eventRows(events, docsById).flatMap((row) => [
    'BEGIN:VEVENT',
    `UID:${escapeText(row.id)}@dateline`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDay(row.from)}`,
    `DTEND;VALUE=DATE:${compactDay(nextDay(row.to))}`,
    `SUMMARY:${escapeText(row.title)}`,
    `DESCRIPTION:${escapeText(`${row.sentence}\n\n${row.datingNote}\nSource: ${row.sourceDocument}`)}`,
    ...(row.countries.length > 0 ? [`CATEGORIES:${row.countries.map(escapeText).join(',')}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dateline//Timeline export//EN', 'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH', ...vevents, 'END:VCALENDAR'];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
