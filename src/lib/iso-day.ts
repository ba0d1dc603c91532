import { parseIsoDay } from '../pipeline/temporal/calendar';

// `YYYY-MM-DD` calendar days: shared by the corpus schema, the CLI and the URL state.

/** True for a real calendar day (rejects 2025-02-30 and 2025-13-01). */
export const isCalendarDay = (value: string): boolean => parseIsoDay(value) !== null;
