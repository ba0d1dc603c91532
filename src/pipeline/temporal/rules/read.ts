import type { Grain } from '../sketch';
import { MONTHS, readNumber, SEASONS, UNITS, type UnitInfo, WEEKDAYS } from '../words';

// Readers shared by the rule families: from matched words to numbers, units and TimeML codes.

const key = (w: string) => w.toLowerCase().replace(/\.$/, '');

export const monthOf = (w: string) => MONTHS[key(w)]!;
export const weekdayOf = (w: string) => WEEKDAYS[key(w)]!;
export const seasonOf = (w: string) => SEASONS[key(w)]!;
export const dayOf = (w: string) => parseInt(w, 10);

/** "years" → the year unit; "centuries" → century. */
export function unitOf(w: string): UnitInfo {
  const k = w.toLowerCase();
  return UNITS[k] ?? UNITS[k === 'centuries' ? 'century' : k.replace(/s$/, '')]!;
}

/** The grain a shift by this unit moves (hours and smaller move the day). */
export function grainOf(unit: UnitInfo): Grain {
  return unit.time ? 'day' : (unit.grain as Grain);
}

/** TimeML duration for n units: P3Y, PT3H, P20Y for two decades, PXD for vague amounts. */
export function durationValue(n: number | 'X', unitWord: string): string {
  const u = unitOf(unitWord);
  const amount = n === 'X' ? 'X' : String(+(n * u.per).toFixed(2)).replace(/\.0+$/, '');
  return `P${u.time ? 'T' : ''}${amount}${u.code}`;
}

/** A stated number, or null when the words are not a number. */
export const count = (w: string | undefined) => (w === undefined ? null : readNumber(w));

/** A two-digit year with its century: '98 → 1998, '05 → 2005. */
export const fullYear = (w: string) => (w.length === 2 ? (+w < 50 ? 2000 + +w : 1900 + +w) : +w);

/** last/next/this-style words → a direction. */
export function directionOf(w: string | undefined): 'last' | 'next' | 'this' | 'tense' {
  const k = (w ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  if (/^(last|past|previous|prior|this past|latest|most recent)$/.test(k)) return 'last';
  if (/^(next|coming|this coming|following|upcoming)$/.test(k)) return 'next';
  if (/^(this|current|present)$/.test(k)) return 'this';
  return 'tense';
}

export const shiftBy = (dir: 'last' | 'next' | 'this' | 'tense') => (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
