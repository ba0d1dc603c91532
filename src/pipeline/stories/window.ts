import type { IsoDate } from '../types';
import { dayNumber, isoDay } from './days';

// Windows of publication dates as sets of inclusive day intervals (a person may hold a role twice, so "President
// Trump" allows two separate spans). null = open on that side.

export interface Span {
  from: IsoDate | null;
  to: IsoDate | null;
}

const lo = (s: Span) => (s.from === null ? -Infinity : dayNumber(s.from));
const hi = (s: Span) => (s.to === null ? Infinity : dayNumber(s.to));
const toIso = (n: number) => (Number.isFinite(n) ? isoDay(n) : null);

/** The spans both sets allow. */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a)
    for (const y of b) {
      const from = Math.max(lo(x), lo(y));
      const to = Math.min(hi(x), hi(y));
      if (from <= to) out.push({ from: toIso(from), to: toIso(to) });
    }
  return out.sort((x, y) => lo(x) - lo(y));
}

/** The smallest single span covering all of `spans` (null sides stay open); null for an empty set. */
export function hull(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  const from = Math.min(...spans.map(lo));
  const to = Math.max(...spans.map(hi));
  return { from: toIso(from), to: toIso(to) };
}

export const isClosed = (s: Span): boolean => s.from !== null && s.to !== null;

/** Days covered by a closed span. */
export const width = (s: Span): number => hi(s) - lo(s) + 1;

/** Widens a closed span symmetrically to at least `minDays` days. */
export function widen(s: Span, minDays: number): Span {
  const missing = minDays - width(s);
  if (!isClosed(s) || missing <= 0) return s;
  const before = Math.ceil(missing / 2);
  return { from: isoDay(lo(s) - before), to: isoDay(hi(s) + (missing - before)) };
}
