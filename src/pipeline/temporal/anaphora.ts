import { daysInMonth, isoDay, isoMonth, parseIsoDay, toDays } from './calendar';
import type { Done } from './done';
import { resolveSketch } from './resolve';
import type { Sketch } from './sketch';
import type { Tense } from './tense';

// Anaphoric shifts count from a date the story mentioned before, not from publication: "the following day" after
// "4 June" is 5 June; "a year earlier" after "the third quarter" (1989-Q3) is the year-ago quarter 1988-Q3.

/** Grains a month-level mention ("In March") can anchor: "the following month" → April; not "the following day". */
const MONTH_OR_COARSER = new Set(['month', 'quarter', 'half', 'season']);
/** Grains a year can anchor: "in 1972 … over the previous decade" → the 1960s. */
const DECADE_OR_COARSER = new Set(['decade', 'century']);

/**
 * An anaphoric shift or weekday from the last date mentioned: "a year earlier" after "the third quarter" → the
 * year-ago quarter; "the previous Friday" after "Friday, Oct. 27" → Oct. 20; a clock time after a day is on that day.
 */
export function fromPrevious(sketch: Sketch, previous: string, tense: Tense): Done | null {
  if (sketch.kind === 'clock') return fromDay(sketch, pastMidnight(sketch.hh, previous), previous, tense);
  if (sketch.kind === 'weekday' || (sketch.kind === 'shift' && sketch.overnight)) return fromDay(sketch, previous, previous, tense);
  if (sketch.kind === 'date' || sketch.kind === 'part' || sketch.kind === 'holiday') return fromDay(sketch, edgeOf(previous, sketch.dir === 'last'), previous, tense);
  if (sketch.kind !== 'shift') return null;
  if (sketch.anaphoric === 'periods' && !/^\d{4}-(?:Q\d|H\d|\d{2})$/.test(previous)) return null;
  if (sketch.same && /^\d{4}/.test(previous)) {
    const value = `${+previous.slice(0, 4) + sketch.by}`.padStart(4, '0') + previous.slice(4);
    return { value, how: `the same ${previous.length > 4 ? 'part' : 'year'} ${Math.abs(sketch.by)} year(s) ${sketch.by < 0 ? 'before' : 'after'} ${previous}`, source: 'previous-date', estimated: false, from: previous };
  }
  const year = /^(\d{4})(-(?:Q\d|H\d|\d{2}|SP|SU|FA|WI))?/.exec(previous);
  if (sketch.grain === 'year' && year) {
    const rest = !sketch.whole && year[2] && !/^-\d{2}$/.test(year[2]) ? year[2] : '';
    return { value: `${+year[1]! + sketch.by}${rest}`.padStart(4, '0'), how: `${Math.abs(sketch.by)} year(s) ${sketch.by < 0 ? 'before' : 'after'} ${previous}`, source: 'previous-date', estimated: false, from: previous };
  }
  // "the next morning" after a night that ran past midnight ("pronounced dead at 12:40 a.m.") is that day's morning
  if (sketch.grain === 'day' && sketch.by === 1 && sketch.time === 'TMO' && inSmallHours(previous)) return fromDay({ ...sketch, by: 0 }, previous, previous, tense);
  const month = /^\d{4}-\d{2}$/.test(previous) && MONTH_OR_COARSER.has(sketch.grain);
  const inYear = /^\d{4}$/.test(previous) && DECADE_OR_COARSER.has(sketch.grain);
  return fromDay(sketch, month ? `${previous}-01` : inYear ? `${previous}-01-01` : previous, previous, tense) ?? dayOfPeriod(sketch, previous);
}

/** The hours a clock reading runs on into the small hours of the next day: "at 11:48 p.m. … at 12:15 a.m." */
const LATE_EVENING = 18;
const SMALL_HOURS = 6;

const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

/** The day and clock of a value read off a clock ("2013-05-30T22:25"), or null. */
function clockOf(value: string): { day: string; hh: number; mm: number } | null {
  const m = CLOCK_VALUE.exec(value);
  return m ? { day: m[1]!, hh: +m[2]!, mm: +m[3]! } : null;
}

/** The day a clock time `hh` after the mention `previous` falls on: the next day when the night has passed midnight since. */
function pastMidnight(hh: number, previous: string): string {
  const clock = clockOf(previous);
  if (!clock || clock.hh < LATE_EVENING || hh >= SMALL_HOURS) return previous;
  const n = parseIsoDay(clock.day);
  return n === null ? previous : isoDay(n + 1);
}

const inSmallHours = (value: string) => (clockOf(value)?.hh ?? SMALL_HOURS) < SMALL_HOURS;

/**
 * Whether a clock time carries on a timeline whose last entry was the clock time `previous`: it is later that day, or
 * in the small hours after a late evening ("at 10:25 p.m. on Thursday … at 11 p.m. … at 12:15 a.m."). A time earlier
 * than the last is not its continuation ("declared martial law at 10:27 p.m. on Dec. 3 … the meeting, which began at
 * 10 a.m.", told on the 15th).
 */
export function continuesTimeline(sketch: Sketch, previous: string): boolean {
  if (sketch.kind !== 'clock') return false;
  const clock = clockOf(previous);
  if (!clock) return false;
  return sketch.hh * 60 + sketch.mm > clock.hh * 60 + clock.mm || (clock.hh >= LATE_EVENING && sketch.hh < SMALL_HOURS);
}

/**
 * "That same day" or "the next day" after "last October" is a day of that October whose date the text never gives:
 * the month is known, the day is X (never the publication day).
 */
function dayOfPeriod(sketch: Sketch, previous: string): Done | null {
  if (sketch.kind !== 'shift' || sketch.grain !== 'day' || Math.abs(sketch.by) > 1) return null;
  if (!/^\d{4}(?:-\d{2})?$/.test(previous)) return null;
  const value = previous.length === 4 ? `${previous}-XX-XX` : `${previous}-XX`;
  return { value, how: `a day of ${previous} (the period mentioned before; its day is not stated)`, source: 'previous-date', estimated: false, from: previous };
}

/**
 * The day of a mention "the following March" counts from: its last day ("In December 2016 … the following March" is
 * 2017-03; "in 1945 … the following spring" 1946-SP), or its first for "the previous".
 */
function edgeOf(previous: string, first: boolean): string {
  const [, y, m] = /^(\d{4})(?:-(\d{2}))?(?!-?\d)/.exec(previous) ?? [];
  if (!y) return previous;
  if (first) return `${y}-${m ?? '01'}-01`;
  return m ? isoDay(toDays(+y, +m, daysInMonth(+y, +m))) : `${y}-12-31`;
}

/** Resolves against the day `day` names (null when it names no day), crediting the mention `previous`. */
function fromDay(sketch: Sketch, day: string, previous: string, tense: Tense): Done | null {
  const n = parseIsoDay(day.slice(0, 10));
  if (n === null) return null;
  const r = resolveSketch(sketch, n, tense);
  return { value: r.value, how: `${r.how} (the date mentioned before)`, source: 'previous-date', estimated: false, from: previous };
}

/**
 * A month listed after the month `previous` ("breaks in September, October, November and March", "in December and
 * January"): lists run forward, so it is the first such month after that one.
 */
export function listedMonth(m: number, previous: string): Done {
  const [y, pm] = previous.split('-').map(Number) as [number, number];
  const value = isoMonth(m > pm ? y : y + 1, m);
  return { value, how: `listed after ${previous}: the next such month`, source: 'previous-date', estimated: false, from: previous };
}

/** A month or day without a year, in a sentence that opens with the year `year` ("Last year, … in May" → its May). */
export function inFrame(sketch: Sketch & { kind: 'date' }, year: string): Done {
  const r = resolveSketch({ ...sketch, y: +year }, 0, 'unknown');
  return { value: r.value, how: `in ${year}, the year its sentence opens with`, source: 'previous-date', estimated: false, from: year };
}
