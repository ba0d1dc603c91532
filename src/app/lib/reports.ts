// When an event was reported: each source's story publication context as a date — a day when known, an estimated
// window otherwise — and the day a source counts as published for "as known on" (a window's first day).
// A context without a usable date (unknown, open-ended, or a window wider than a year) gives null: no report date.
import { dateOfReport } from '../../pipeline/events/dating';
import type { EventDate, EventSource, PublicationContext, TimelineEvent } from '../../pipeline/types';

/** The publication as a date: a day, or an estimated window shown as its exact days (not rounded to a month). */
export function reportDate(context: PublicationContext): EventDate | null {
  const date = dateOfReport(context);
  return date?.estimated ? { ...date, granularity: 'unknown' } : date;
}

/** The day a source counts as published: its day, or the first day of its window; null when unknown. */
export const publishedOn = (context: PublicationContext): string | null => reportDate(context)?.from ?? null;

export interface FirstReport {
  source: EventSource;
  date: EventDate;
}

/** The earliest report of an event (on the same first day, a known day beats a window); null when none is dated. */
export function firstReport(sources: readonly EventSource[]): FirstReport | null {
  let first: FirstReport | null = null;
  for (const source of sources) {
    const date = reportDate(source.context);
    if (!date) continue;
    const earlier = !first || date.from < first.date.from || (date.from === first.date.from && first.date.estimated && !date.estimated);
    if (earlier) first = { source, date };
  }
  return first;
}

/** The latest publication day among an event's sources (null when none is dated). */
export function lastPublished(event: TimelineEvent): string | null {
  let last: string | null = null;
  for (const s of event.sources) {
    const day = publishedOn(s.context);
    if (day !== null && (last === null || day > last)) last = day;
  }
  return last;
}
