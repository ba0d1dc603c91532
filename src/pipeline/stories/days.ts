import { isoDay, parseIsoDay } from '../temporal/calendar';
import type { IsoDate } from '../types';

// Calendar days as ISO strings, for windows and clues (the arithmetic is the pipeline's one integer calendar).
// Intervals are inclusive; null means open on that side.

export { isoDay };

/** Days since 1970-01-01 of a valid ISO day. */
export const dayNumber = (iso: IsoDate): number => parseIsoDay(iso)!;

export const addDays = (iso: IsoDate, days: number): IsoDate => isoDay(dayNumber(iso) + days);

/** A calendar day that exists (rejects 2025-02-30). */
export const isCalendarDay = (iso: string): boolean => parseIsoDay(iso) !== null;
