// "As known on" a day: an event as the reports published by then told it. Sources published later are dropped (a
// window counts from its first day; a source without a report date was not known then); the date becomes the most
// precise one the remaining sources state, and the final date is kept to say "later reports refined this".
import { parseIsoDay } from '../../pipeline/temporal/calendar';
import { valueSpan } from '../../pipeline/temporal/value';
import type { EventDate, EventSource, TimelineEvent } from '../../pipeline/types';
import { firstReport, publishedOn } from './reports';

export interface KnownEvent {
  /** The event with only the sources known then, dated as they dated it. */
  event: TimelineEvent;
  /** How many of its reports were published after the day. */
  later: number;
  /** The final date when the reports known then dated it differently; null when they agree. */
  refinedTo: EventDate | null;
}

const width = (d: EventDate) => parseIsoDay(d.to)! - parseIsoDay(d.from)!;

/** The narrowest calendar date stated by the sources' own date words (a firm date beats an estimate of equal width). */
function statedDate(sources: readonly EventSource[]): EventDate | null {
  let best: EventDate | null = null;
  for (const { evidence } of sources) {
    const span = evidence && valueSpan(evidence.value);
    if (!span) continue;
    const date: EventDate = { value: evidence.value, ...span, estimated: evidence.resolution.estimated };
    if (!best || width(date) < width(best) || (width(date) === width(best) && best.estimated && !date.estimated)) best = date;
  }
  return best;
}

/** The date the sources known then give the event; the final date when one of them states it, or none dates it. */
function knownDate(event: TimelineEvent, sources: readonly EventSource[]): EventDate {
  if (sources.some((s) => s.evidence?.value === event.date.value)) return event.date;
  const stated = statedDate(sources);
  if (stated) return stated;
  return (event.dating === 'reported' && firstReport(sources)?.date) || event.date;
}

/** The event as known on `day`, or null when no report of it had been published by then. */
export function asKnownOn(event: TimelineEvent, day: string): KnownEvent | null {
  const sources = event.sources.filter((s) => {
    const published = publishedOn(s.context);
    return published !== null && published <= day;
  });
  if (sources.length === 0) return null;
  if (sources.length === event.sources.length) return { event, later: 0, refinedTo: null };
  const date = knownDate(event, sources);
  const same = date.from === event.date.from && date.to === event.date.to && date.estimated === event.date.estimated;
  return { event: { ...event, date, sources }, later: event.sources.length - sources.length, refinedTo: same ? null : event.date };
}
