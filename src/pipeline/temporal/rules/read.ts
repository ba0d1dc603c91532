import type { Grain } from '../sketch';
import { DAY_PARTS, DAY_QUALIFIERS, FRACTIONS, MONTHS, readNumber, SEASONS, UNITS, type UnitInfo, WEEKDAYS } from '../words';

// Readers shared by the rule families: from matched words to numbers, units and TimeML codes.

const key = (w: string) => w.toLowerCase().replace(/\.$/, '');

export const monthOf = (w: string) => MONTHS[key(w)]!;
export const weekdayOf = (w: string) => WEEKDAYS[key(w)]!;
export const seasonOf = (w: string) => SEASONS[key(w)]!;
export const dayOf = (w: string) => parseInt(w, 10);
/** The TimeML time of a part of the day: "morning" → "TMO", "overnight" → "TNI". */
export const partTime = (w: string) => `T${DAY_PARTS[key(w)]}`;

/** "trading days" counts days. */
const DAY_QUALIFIER = new RegExp(`^(?:${DAY_QUALIFIERS.join('|')})\\s+`);

/** "years" → the year unit; "centuries" → century; "trading days" → day. */
export function unitOf(w: string): UnitInfo {
  const k = w.toLowerCase();
  return UNITS[k] ?? UNITS[k === 'centuries' ? 'century' : k.replace(/s$/, '')] ?? UNITS[k.replace(DAY_QUALIFIER, '').replace(/s$/, '')]!;
}

/** The grain a shift by this unit moves (hours and smaller move the day). */
export function grainOf(unit: UnitInfo): Grain {
  return unit.time ? 'day' : (unit.grain as Grain);
}

/**
 * A shift by `n` of this unit as calendar grain and steps: decades and centuries in years (×10, ×100), a fortnight
 * in weeks (×2); hours and smaller do not move the day.
 */
export function unitShift(unit: UnitInfo, n: number): { grain: Grain; by: number } {
  if (unit.time) return { grain: 'day', by: 0 };
  const grain = unit.grain === 'decade' || unit.grain === 'century' ? 'year' : (unit.grain as Grain);
  return { grain, by: n * unit.per };
}

/** How a fraction of a unit is written in the next smaller one: 2½ years → P2Y6M, 5½ hours → PT5H30M. */
const SMALLER: Readonly<Record<string, { per: number; code: string; time: boolean }>> = {
  Y: { per: 12, code: 'M', time: false },
  D: { per: 24, code: 'H', time: true },
  TH: { per: 60, code: 'M', time: true },
  TM: { per: 60, code: 'S', time: true },
};

/** P + the non-zero [amount, code, time?] parts, with T before the first time part. */
export function periodOf(parts: readonly [number | string, string, boolean][]): string {
  let out = 'P';
  for (const [amount, code, time] of parts) {
    if (amount === 0) continue;
    if (time && !out.includes('T')) out += 'T';
    out += `${amount}${code}`;
  }
  return out;
}

/** TimeML duration for n units: P3Y, PT3H, P20Y for two decades, PXD for vague amounts. */
export function durationValue(n: number | 'X', unitWord: string): string {
  const u = unitOf(unitWord);
  if (n === 'X') return periodOf([['X', u.code, u.time]]);
  const amount = n * u.per;
  const whole = Math.floor(amount);
  const smaller = SMALLER[(u.time ? 'T' : '') + u.code];
  const rest = smaller ? +((amount - whole) * smaller.per).toFixed(6) : NaN;
  if (whole !== amount && smaller && Number.isInteger(rest)) return periodOf([[whole, u.code, u.time], [rest, smaller.code, smaller.time]]);
  return periodOf([[+amount.toFixed(2), u.code, u.time]]);
}

/** "1/2", "and a half" → 0.5. */
export const fractionOf = (w: string) => FRACTIONS[w.toLowerCase().replace(/\s+/g, ' ')]!;

/** A stated number, or null when the words are not a number. */
export const count = (w: string | undefined) => (w === undefined ? null : readNumber(w));

/** A two-digit year with its century: '98 → 1998, '05 → 2005. */
export const fullYear = (w: string) => (w.length === 2 ? (+w < 50 ? 2000 + +w : 1900 + +w) : +w);

/** last/next/this-style words → a direction. */
export function directionOf(w: string | undefined): 'last' | 'next' | 'this' | 'tense' {
  const k = (w ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  if (/^(last|past|previous|preceding|prior|this past|latest|most recent)$/.test(k)) return 'last';
  if (/^(next|coming|this coming|following|upcoming)$/.test(k)) return 'next';
  if (/^(this|current|present)$/.test(k)) return 'this';
  return 'tense';
}

export const shiftBy = (dir: 'last' | 'next' | 'this' | 'tense') => (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
