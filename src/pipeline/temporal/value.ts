import { Temporal } from 'temporal-polyfill';
import type { Granularity, IsoDate } from '../types';

/** The calendar span a TIMEX3 DATE/TIME value covers. */
export interface ValueSpan {
  granularity: Granularity;
  from: IsoDate;
  to: IsoDate;
}

type Spanner = (m: RegExpExecArray) => ValueSpan;

const day = (y: number, m: number, d: number) => Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'reject' });
const iso = (d: Temporal.PlainDate) => d.toString();
const monthSpan = (y: number, m1: number, m2: number, granularity: Granularity): ValueSpan => ({
  granularity,
  from: iso(day(y, m1, 1)),
  to: iso(Temporal.PlainYearMonth.from({ year: y, month: m2 }).toPlainDate({ day: 1 }).add({ months: 1 }).subtract({ days: 1 })),
});
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

// One row per value shape, most specific first. Seasons follow meteorological months (winter runs into next year).
const SHAPES: [RegExp, Spanner][] = [
  [/^(\d{4})-(\d{2})-(\d{2})T/, (m) => ({ granularity: 'time', from: iso(day(+m[1]!, +m[2]!, +m[3]!)), to: iso(day(+m[1]!, +m[2]!, +m[3]!)) })],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => ({ granularity: 'day', from: iso(day(+m[1]!, +m[2]!, +m[3]!)), to: iso(day(+m[1]!, +m[2]!, +m[3]!)) })],
  [/^(\d{4})-W(\d{2})(?:-WE)?$/, (m) => {
    // ISO week: the week with the year's first Thursday is W01.
    const jan4 = day(+m[1]!, 1, 4);
    const monday = jan4.subtract({ days: jan4.dayOfWeek - 1 }).add({ weeks: +m[2]! - 1 });
    return { granularity: 'week', from: iso(monday), to: iso(monday.add({ days: 6 })) };
  }],
  [/^(\d{4})-(\d{2})$/, (m) => monthSpan(+m[1]!, +m[2]!, +m[2]!, 'month')],
  [/^(\d{4})-Q([1-4])$/, (m) => monthSpan(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3, 'quarter')],
  [/^(\d{4})-H([12])$/, (m) => monthSpan(+m[1]!, +m[2]! * 6 - 5, +m[2]! * 6, 'half')],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (m) => {
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    const y = +m[1]!;
    return { granularity: 'season', from: monthSpan(y, a, a, 'season').from, to: monthSpan(y + Math.floor((b - 1) / 12), ((b - 1) % 12) + 1, ((b - 1) % 12) + 1, 'season').to };
  }],
  [/^(\d{4})$/, (m) => monthSpan(+m[1]!, 1, 12, 'year')],
  [/^(\d{3})$/, (m) => ({ granularity: 'decade', from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` })],
  [/^(\d{2})$/, (m) => ({ granularity: 'century', from: `${m[1]}00-01-01`, to: `${m[1]}99-12-31` })],
];

/** The span of a fully specified value; null for durations, references (PRESENT_REF) and values with X. */
export function valueSpan(value: string): ValueSpan | null {
  for (const [re, span] of SHAPES) {
    const m = re.exec(value);
    if (!m) continue;
    try {
      return span(m);
    } catch {
      return null; // impossible date such as 2025-02-30
    }
  }
  return null;
}
