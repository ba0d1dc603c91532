import { fromDays, humanDay, isoDay, isoMonth, isoWeek, isoWeekValue, isoYear, isValidDay, pad, parseIsoDay, toDays, weekday } from './calendar';
import { holidayDay, holidayPlaceholder, nthWeekday } from './holidays';
import type { Direction, Grain, Sketch } from './sketch';
import type { Tense } from './tense';

// Step two: complete a sketch against an anchor day (a day number) and say how, in plain words.

export interface Resolved {
  value: string;
  /** Plain words: how the value follows from the anchor. */
  how: string;
}

const WEEKDAY = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PART_MONTHS: Readonly<Record<string, [number, number]>> = {
  Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12], SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14],
};

/**
 * Picks among candidate years the one the direction/tense asks for; start/end(y) place a candidate against `now`.
 * Tense decides only within `reach` (in the same units): news does say "Aug. 6" of last August in a past sentence,
 * but a reporting verb ("said") does not move "Dec. 15" eleven months back; beyond reach the nearest one wins.
 */
function pickYear(anchorYear: number, dir: Direction, tense: Tense, start: (y: number) => number, end: (y: number) => number, now: number, reach: Reach): [number, string] {
  const years = [anchorYear - 2, anchorYear - 1, anchorYear, anchorYear + 1, anchorYear + 2].filter((y) => Number.isFinite(start(y)));
  const best = (ys: number[], pick: (...v: number[]) => number) => (ys.length ? pick(...ys) : anchorYear);
  const containing = years.find((y) => start(y) <= now && now <= end(y));
  if (dir === 'this') return [containing ?? anchorYear, 'this one'];
  if (dir === 'last') return [best(years.filter((y) => end(y) < now), Math.max), 'the last one'];
  if (dir === 'next') return [best(years.filter((y) => start(y) > now), Math.min), 'the next one'];
  if (dir === 'since') return [best(years.filter((y) => start(y) <= now), Math.max), 'the latest one begun (after "since")'];
  if (containing !== undefined) return [containing, 'the one under way'];
  const dist = (y: number) => (now < start(y) ? start(y) - now : now - end(y));
  const past = best(years.filter((y) => start(y) <= now), Math.max);
  const future = best(years.filter((y) => end(y) >= now), Math.min);
  if (tense === 'past' && dist(past) <= reach.past) return [past, 'the most recent one (past tense)'];
  if (tense === 'future' && dist(future) <= reach.future) return [future, 'the next one (future tense)'];
  return dist(future) < dist(past) ? [future, 'the nearest one'] : [past, 'the nearest one'];
}
/** How far back (past tense) or ahead (future tense) the tense may move a date, in the units of its pickYear. */
interface Reach {
  past: number;
  future: number;
}
/** A day may be ten months back in a past sentence ("the fiscal year ended Jan. 31" written in late October) or ahead in a future one ("a launch window that opens Dec. 18" said in March). */
const DAY_REACH: Reach = { past: 300, future: 300 };
/**
 * A holiday comes once a year: the tense alone says which ("a better product by Christmas" said in February), but a
 * past sentence reaches back only as far as for a day ("drowned … caution over Easter" said 18 days before Easter).
 */
const HOLIDAY_REACH: Reach = { past: 300, future: 366 };
const MONTH_REACH: Reach = { past: 8, future: 8 };
/**
 * Quarters, halves and seasons: a past-tense "fourth quarter" in January is last year's, and so is "earned in the fiscal
 * first quarter" in October; a future one is the next ("profitable by Q4" or "a conference in the fall" said in
 * February), unless the sentence speaks of results ("third-quarter results are expected" in October is the quarter
 * just ended: periodTense in tense.ts).
 */
const PART_REACH: Reach = { past: 9, future: 9 };

/**
 * How many days into a period a past sentence may be written and still mean by "the year" (or month, week, decade)
 * the one just ended: a week's first day, a month's first ten days, a year's or decade's first month.
 */
const OPENING_DAYS: Partial<Record<Grain, number>> = { week: 1, month: 10, year: 31, decade: 31 };

/** Days from the start of the `grain` holding day `n` to `n`. */
function daysInto(grain: Grain, n: number): number {
  const { y, m, d } = fromDays(n);
  switch (grain) {
    case 'week': return weekday(n) - 1;
    case 'month': return d - 1;
    case 'year': return n - toDays(y, 1, 1);
    case 'decade': return n - toDays(y - (((y % 10) + 10) % 10), 1, 1);
    default: return 0;
  }
}

function shiftValue(grain: Grain, by: number, n: number, tense: Tense): string {
  const { y, m } = fromDays(n);
  switch (grain) {
    case 'day': return isoDay(n + by);
    case 'week': {
      // on a Sunday, the last day of its ISO week, "this week" in a sentence that looks ahead is the one starting tomorrow
      const ahead = by === 0 && tense === 'future' && weekday(n) === 7 ? 1 : by;
      const w = isoWeek(n + 7 * ahead);
      return isoWeekValue(w.y, w.w);
    }
    case 'weekend': {
      // "the weekend" on a weekday is the one just gone, unless the sentence looks ahead
      const back = by === 0 && tense !== 'future' && weekday(n) < 6 ? -1 : by;
      const w = isoWeek(n + 7 * back);
      return `${isoWeekValue(w.y, w.w)}-WE`;
    }
    case 'month': { const k = y * 12 + m - 1 + by; return isoMonth(Math.floor(k / 12), (k % 12) + 1); }
    case 'quarter': { const k = y * 4 + Math.floor((m - 1) / 3) + by; return `${isoYear(Math.floor(k / 4))}-Q${(k % 4) + 1}`; }
    case 'half': { const k = y * 2 + Math.floor((m - 1) / 6) + by; return `${isoYear(Math.floor(k / 2))}-H${(k % 2) + 1}`; }
    case 'season': {
      // seasons in order SP SU FA WI; winter belongs to the year of its December
      const k = (m === 12 ? y * 4 + 3 : m <= 2 ? (y - 1) * 4 + 3 : y * 4 + Math.floor((m - 3) / 3)) + by;
      return `${isoYear(Math.floor(k / 4))}-${['SP', 'SU', 'FA', 'WI'][k % 4]}`;
    }
    case 'year': return isoYear(y + by);
    case 'decade': return String(Math.floor(y / 10) + by);
    case 'century': return String(Math.floor(y / 100) + by).padStart(2, '0');
  }
}

/** How a year stated relative to the anchor's ("January last year", "the first half of next year") was found. */
const inYearOf = (yearBy: number, n: number) => `in the year ${yearBy === 0 ? 'of' : yearBy < 0 ? 'before' : 'after'} ${humanDay(n)}`;

/** Completes `sketch` against anchor day `n` (the sentence's tense picks implied fields). */
export function resolveSketch(sketch: Sketch, n: number, tense: Tense): Resolved {
  const { y, m } = fromDays(n);
  const month = y * 12 + m - 1;
  switch (sketch.kind) {
    case 'value':
      return { value: sketch.value, how: 'stated in full' };
    case 'clock': {
      return { value: `${isoDay(n)}T${pad(sketch.hh)}:${pad(sketch.mm)}`, how: `a time on ${humanDay(n)}` };
    }
    case 'date': {
      if (sketch.week) {
        const day = resolveSketch({ ...sketch, week: undefined }, n, tense);
        const w = isoWeek(parseIsoDay(day.value)!);
        return { value: isoWeekValue(w.y, w.w), how: `the week of ${day.value} (${day.how})` };
      }
      const time = sketch.time ?? '';
      if (sketch.y !== undefined && sketch.d !== undefined) return { value: isoDay(toDays(sketch.y, sketch.m, sketch.d)) + time, how: 'stated in full' };
      if (sketch.y !== undefined) return { value: isoMonth(sketch.y, sketch.m), how: 'stated in full' };
      if (sketch.yearBy !== undefined) {
        const yy = y + sketch.yearBy;
        const how = inYearOf(sketch.yearBy, n);
        const d = sketch.d;
        return { value: d !== undefined && isValidDay(yy, sketch.m, d) ? isoDay(toDays(yy, sketch.m, d)) + time : isoMonth(yy, sketch.m), how };
      }
      const dir = sketch.dir ?? 'tense';
      if (sketch.d === undefined) {
        const [yy, why] = pickYear(y, dir, tense, (c) => c * 12 + sketch.m - 1, (c) => c * 12 + sketch.m - 1, month, MONTH_REACH);
        return { value: isoMonth(yy, sketch.m), how: `year from ${humanDay(n)}: ${why}` };
      }
      const d = sketch.d;
      const at = (c: number) => (isValidDay(c, sketch.m, d) ? toDays(c, sketch.m, d) : NaN);
      const [yy, why] = pickYear(y, dir, tense, at, at, n, DAY_REACH);
      // a stated weekday names the year: "Saturday, May 3" said in June 2024 is 2025's (2024's was a Friday)
      const dow = sketch.dow;
      if (dow !== undefined && weekday(at(yy)) !== dow) {
        const fits = [yy - 1, yy + 1].filter((c) => weekday(at(c)) === dow);
        if (fits.length === 1) return { value: isoDay(at(fits[0]!)) + time, how: `the year near ${humanDay(n)} in which it falls on the weekday stated` };
      }
      return { value: isoDay(toDays(yy, sketch.m, d)) + time, how: `year from ${humanDay(n)}: ${why}` };
    }
    case 'shift': {
      if (sketch.overnight && tense === 'past') return { value: isoDay(n - 1) + sketch.time!, how: `the night before ${humanDay(n)} (past tense)` };
      if (sketch.definite && tense === 'past' && daysInto(sketch.grain, n) < (OPENING_DAYS[sketch.grain] ?? 0)) {
        return { value: shiftValue(sketch.grain, -1, n, tense), how: `the ${sketch.grain} just ended: a past sentence written on ${humanDay(n)}, in the first days of a ${sketch.grain}` };
      }
      const value = shiftValue(sketch.grain, sketch.by, n, tense) + (sketch.time ?? '');
      const step = sketch.by === 0 ? `the ${sketch.grain} of` : `${Math.abs(sketch.by)} ${sketch.grain}${Math.abs(sketch.by) > 1 ? 's' : ''} ${sketch.by < 0 ? 'before' : 'after'}`;
      return { value, how: `${step} ${humanDay(n)}` };
    }
    case 'weekday': {
      const today = weekday(n);
      const back = (today - sketch.dow + 7) % 7; // days back to the latest such weekday on or before n
      const fwd = (sketch.dow - today + 7) % 7;
      const future = sketch.dir === 'next' || (sketch.dir === 'tense' && tense === 'future');
      const offset =
        sketch.dir === 'last' ? -(back || 7) : sketch.dir === 'next' ? fwd || 7 : sketch.dir === 'this' ? sketch.dow - today : future ? fwd : -back;
      const label = sketch.dir === 'tense' ? (future ? 'on or after (future tense)' : 'on or before') : sketch.dir === 'this' ? 'in the week of' : sketch.dir === 'last' ? 'before' : 'after';
      return { value: isoDay(n + offset) + (sketch.time ?? ''), how: `the ${WEEKDAY[sketch.dow]} ${label} ${humanDay(n)} → ${humanDay(n + offset)}` };
    }
    case 'monthday': {
      const d = sketch.d;
      const at = (k: number) => (isValidDay(Math.floor(k / 12), (k % 12) + 1, d) ? toDays(Math.floor(k / 12), (k % 12) + 1, d) : NaN);
      let k = month + (sketch.monthBy ?? 0);
      if (sketch.monthBy === undefined) {
        // this month's, else the one before (past) or after (future); untold, the nearer
        const prev = at(k) <= n ? k : k - 1;
        const next = at(k) >= n ? k : k + 1;
        k = tense === 'past' ? prev : tense === 'future' ? next : n - at(prev) <= at(next) - n ? prev : next;
      }
      if (Number.isNaN(at(k))) return { value: isoMonth(Math.floor(k / 12), (k % 12) + 1) + '-XX', how: `the month has no day ${d}` };
      const by = sketch.monthBy;
      const which = by === undefined ? `picked from ${humanDay(n)} (${tense} tense)` : `${by === 0 ? 'of' : by < 0 ? 'before' : 'after'} ${humanDay(n)}`;
      return { value: isoDay(at(k)), how: `day ${d} of the month ${which}` };
    }
    case 'part': {
      const [a, b] = PART_MONTHS[sketch.code]!;
      if (sketch.y !== undefined) return { value: `${isoYear(sketch.y)}-${sketch.code}`, how: 'stated in full' };
      if (sketch.yearBy !== undefined) return { value: `${isoYear(y + sketch.yearBy)}-${sketch.code}`, how: inYearOf(sketch.yearBy, n) };
      const [yy, why] = pickYear(y, sketch.dir, tense, (c) => c * 12 + a - 1, (c) => c * 12 + b - 1, month, PART_REACH);
      return { value: `${isoYear(yy)}-${sketch.code}`, how: `year from ${humanDay(n)}: ${why}` };
    }
    case 'anniversary': {
      const yy = sketch.y ?? y - sketch.yearsBack!;
      const { m: am, d } = fromDays(n);
      if (sketch.month) return { value: isoMonth(yy, am), how: `the month of ${humanDay(n)} in ${yy}` };
      const value = isValidDay(yy, am, d) ? isoDay(toDays(yy, am, d)) : `${isoMonth(yy, am)}-XX`;
      return { value, how: `the month and day of ${humanDay(n)} in ${yy}` };
    }
    case 'nthWeekday': {
      const { n: nth, dow, m } = sketch;
      const at = (c: number) => nthWeekday(c, nth, dow, m);
      const [yy, why] = sketch.y !== undefined ? [sketch.y, 'stated'] : pickYear(y, sketch.dir, tense, at, at, n, DAY_REACH);
      const how = sketch.y !== undefined ? 'stated in full' : `year from ${humanDay(n)}: ${why}`;
      if (Number.isNaN(at(yy))) return { value: sketch.week ? `${isoYear(yy)}-WXX` : `${isoMonth(yy, m)}-XX`, how };
      if (!sketch.week) return { value: isoDay(at(yy)), how };
      const w = isoWeek(at(yy));
      return { value: isoWeekValue(w.y, w.w), how: `the week of ${isoDay(at(yy))} (${how})` };
    }
    case 'holiday': {
      const id = sketch.id;
      const [yy, why] = sketch.y !== undefined ? [sketch.y, 'stated'] : pickYear(y, sketch.dir, tense, (c) => holidayDay(id, c), (c) => holidayDay(id, c), n, HOLIDAY_REACH);
      const day = holidayDay(id, yy);
      const how = sketch.y !== undefined ? `${id} in ${yy}` : `${id}, year from ${humanDay(n)}: ${why}`;
      if (Number.isNaN(day)) return { value: `${isoYear(yy)}-${sketch.weekend ? 'WXX-WE' : 'XX-XX'}`, how: `${how}, a year whose day the calendar table does not reach` };
      return sketch.weekend ? { value: weekendNearest(day), how: `the weekend nearest ${how}` } : { value: isoDay(day), how };
    }
  }
}

/** The ISO weekend nearest a day ("Labor Day weekend": the one before that Monday; "Thanksgiving weekend": after it). */
function weekendNearest(day: number): string {
  const ahead = (6 - weekday(day) + 7) % 7; // days to the next Saturday
  const w = isoWeek(day + (ahead > 3 ? ahead - 7 : ahead));
  return `${isoWeekValue(w.y, w.w)}-WE`;
}

/** The value with every implied field left as X, for when there is no anchor: "4 June" → XXXX-06-04. */
export function placeholder(sketch: Sketch): string {
  switch (sketch.kind) {
    case 'value': return sketch.value;
    case 'clock': return `XXXX-XX-XXT${pad(sketch.hh)}:${pad(sketch.mm)}`;
    case 'date':
      if (sketch.y !== undefined) return resolveSketch(sketch, 0, 'unknown').value;
      if (sketch.week) return 'XXXX-WXX';
      return sketch.d === undefined ? `XXXX-${pad(sketch.m)}` : `XXXX-${pad(sketch.m)}-${pad(sketch.d)}${sketch.time ?? ''}`;
    case 'weekday': return `XXXX-WXX-${sketch.dow}${sketch.time ?? ''}`;
    case 'monthday': return `XXXX-XX-${pad(sketch.d)}`;
    case 'anniversary': return (sketch.y !== undefined ? `${isoYear(sketch.y)}-XX` : 'XXXX-XX') + (sketch.month ? '' : '-XX');
    case 'part': return sketch.y !== undefined ? `${isoYear(sketch.y)}-${sketch.code}` : `XXXX-${sketch.code}`;
    case 'nthWeekday': return sketch.y !== undefined ? resolveSketch(sketch, 0, 'unknown').value : sketch.week ? 'XXXX-WXX' : `XXXX-${pad(sketch.m)}-XX`;
    case 'holiday':
      if (sketch.y !== undefined) return resolveSketch(sketch, 0, 'unknown').value;
      return sketch.weekend ? 'XXXX-WXX-WE' : holidayPlaceholder(sketch.id);
    case 'shift': {
      const shapes: Record<Grain, string> = {
        day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX',
        season: 'XXXX-XX', year: 'XXXX', decade: 'XXX', century: 'XX',
      };
      return shapes[sketch.grain] + (sketch.time ?? '');
    }
  }
}

/** True when the sketch needs no anchor ("1910", "June 4, 2025", "P3D"). */
export function isAbsolute(sketch: Sketch): boolean {
  return sketch.kind === 'value' || ((sketch.kind === 'date' || sketch.kind === 'part' || sketch.kind === 'holiday' || sketch.kind === 'nthWeekday') && sketch.y !== undefined);
}
