import type { IsoDate } from '../../types';
import cueRows from '../data/event-cues.json';
import eventRows from '../data/named-events.json';
import { addDays, dayNumber, isCalendarDay } from '../days';
import { type Compiled, compileRules, firstMatch, type PatternRow } from '../rules';
import type { Span } from '../window';
import type { Evidence, Piece } from './evidence';

// Named-event clues: an event with known dates (data/named-events.json) bounds when a story mentioning it was
// written. Tense cues next to the name (data/event-cues.json: "the upcoming …", "last week's …") give a tight
// window; a bare mention only says the story was written after the event was announced.

export interface NamedEvent extends PatternRow {
  from: IsoDate;
  to: IsoDate;
  /** The first day the event was public (conservative: never later than the real day). */
  announced: IsoDate;
  /** A pattern the story must also match (the name alone is ambiguous, e.g. "martial law"). */
  requires?: string;
  source: string;
}

/** A day relative to the event: one of its dates, the Monday of its (last) week, or the month after it; + days. */
type Ref = ['announced' | 'from' | 'to' | 'week' | 'next-month' | 'next-month-end', number];
export interface EventCue extends PatternRow {
  side: 'before' | 'after' | 'both';
  from: Ref | null;
  to: Ref | null;
}

export const CUE_STRENGTH = 0.9;
export const MENTION_STRENGTH = 0.6;

export function loadEvents(rows: readonly NamedEvent[]): Compiled<NamedEvent>[] {
  return compileRules('named-events', rows, 'iu').map((e) => {
    for (const day of [e.from, e.to, e.announced]) if (!isCalendarDay(day)) throw new Error(`named-events rule "${e.id}": bad date ${day}`);
    if (e.to < e.from || e.announced > e.from) throw new Error(`named-events rule "${e.id}": needs announced <= from <= to`);
    if (!e.source) throw new Error(`named-events rule "${e.id}": needs a source`);
    return e;
  });
}

export function loadCues(rows: readonly EventCue[]): Compiled<EventCue>[] {
  return compileRules('event-cues', rows, 'iu').map((c) => {
    for (const ref of [c.from, c.to]) if (ref && !(ref[0] in REFS && Number.isInteger(ref[1]))) throw new Error(`event-cues rule "${c.id}": bad reference ${JSON.stringify(ref)}`);
    return c;
  });
}

const monday = (day: IsoDate) => addDays(day, -((dayNumber(day) + 3) % 7));
const nextMonth = (day: IsoDate) => (day.slice(5, 7) === '12' ? `${+day.slice(0, 4) + 1}-01-01` : `${day.slice(0, 5)}${String(+day.slice(5, 7) + 1).padStart(2, '0')}-01`);
const REFS: Record<Ref[0], (e: NamedEvent) => IsoDate> = {
  announced: (e) => e.announced,
  from: (e) => e.from,
  to: (e) => e.to,
  week: (e) => monday(e.to),
  'next-month': (e) => nextMonth(e.to),
  'next-month-end': (e) => addDays(nextMonth(nextMonth(e.to)), -1),
};
const at = (e: NamedEvent, ref: Ref | null): IsoDate | null => (ref ? addDays(REFS[ref[0]](e), ref[1]) : null);

export const EVENTS = loadEvents(eventRows as NamedEvent[]);
export const CUES = loadCues(cueRows as EventCue[]);

/** The events whose `requires` context the story meets (checked once per story, not per piece). */
export const eventsFor = (story: string, events: readonly Compiled<NamedEvent>[] = EVENTS) =>
  events.filter((e) => !e.requires || new RegExp(e.requires, 'iu').test(story));

export function eventClues(piece: Piece, events: readonly Compiled<NamedEvent>[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of events) {
    for (const m of piece.text.matchAll(new RegExp(e.re.source, 'giu'))) {
      const before = piece.text.slice(Math.max(0, m.index - 40), m.index);
      const after = piece.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const cue = firstMatch(CUES.filter((c) => c.side !== 'after'), before) ?? firstMatch(CUES.filter((c) => c.side !== 'before'), after);
      const allowed: Span = cue ? { from: at(e, cue.from), to: at(e, cue.to) } : { from: e.announced, to: null };
      const start = piece.start + m.index;
      out.push({
        clue: { kind: 'named-event', text: m[0], start, end: start + m[0].length, rule: `${e.id}${cue ? `+${cue.id}` : ''}`,
          reason: `${e.reason} (${e.from === e.to ? e.from : `${e.from}–${e.to}`}): ${cue ? cue.reason : 'mentioned, so written after it was announced'}` },
        allowed: [allowed],
        strength: cue ? CUE_STRENGTH : MENTION_STRENGTH,
      });
    }
  }
  return out;
}
