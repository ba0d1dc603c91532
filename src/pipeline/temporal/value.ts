import type { Granularity, IsoDate } from '../types';
import { daysInMonth, isoDay, isoWeekMonday, isValidDay, toDays } from './calendar';

/** The calendar span a TIMEX3 DATE/TIME value covers. */
export interface ValueSpan {
  granularity: Granularity;
  from: IsoDate;
  to: IsoDate;
}

type Spanner = (m: RegExpExecArray) => ValueSpan | null;

const day = (y: number, m: number, d: number, granularity: Granularity): ValueSpan | null =>
  isValidDay(y, m, d) ? { granularity, from: isoDay(toDays(y, m, d)), to: isoDay(toDays(y, m, d)) } : null;
/** Months m1..m2 of year y; m2 may run past 12 into the next year (winter). */
const months = (y: number, m1: number, m2: number, granularity: Granularity): ValueSpan => {
  const endYear = y + Math.floor((m2 - 1) / 12);
  const endMonth = ((m2 - 1) % 12) + 1;
  return { granularity, from: isoDay(toDays(y, m1, 1)), to: isoDay(toDays(endYear, endMonth, daysInMonth(endYear, endMonth))) };
};
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

// One row per value shape, most specific first. Seasons follow meteorological months (winter runs into next year).
const SHAPES: [RegExp, Spanner][] = [
  [/^(\d{4})-(\d{2})-(\d{2})T/, (m) => day(+m[1]!, +m[2]!, +m[3]!, 'time')],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => day(+m[1]!, +m[2]!, +m[3]!, 'day')],
  [/^(\d{4})-W(\d{2})(?:-WE)?$/, (m) => {
    const monday = isoWeekMonday(+m[1]!, +m[2]!);
    return +m[2]! >= 1 && +m[2]! <= 53 ? { granularity: 'week', from: isoDay(monday), to: isoDay(monday + 6) } : null;
  }],
  [/^(\d{4})-(\d{2})$/, (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? months(+m[1]!, +m[2]!, +m[2]!, 'month') : null)],
  [/^(\d{4})-Q([1-4])$/, (m) => months(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3, 'quarter')],
  [/^(\d{4})-H([12])$/, (m) => months(+m[1]!, +m[2]! * 6 - 5, +m[2]! * 6, 'half')],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (m) => months(+m[1]!, ...SEASON_MONTHS[m[2]!]!, 'season')],
  [/^(\d{4})$/, (m) => months(+m[1]!, 1, 12, 'year')],
  [/^(\d{3})$/, (m) => ({ granularity: 'decade', from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` })],
  [/^(\d{2})$/, (m) => ({ granularity: 'century', from: `${m[1]}00-01-01`, to: `${m[1]}99-12-31` })],
];

/** The span of a fully specified value; null for durations, references (PRESENT_REF), values with X and impossible dates. */
export function valueSpan(value: string): ValueSpan | null {
  for (const [re, span] of SHAPES) {
    const m = re.exec(value);
    if (m) return span(m);
  }
  return null;
}
