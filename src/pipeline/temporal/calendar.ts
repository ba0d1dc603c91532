// Calendar arithmetic on plain integers (days since 1970-01-01, proleptic Gregorian, UTC). Kept out of the scan loop
// and free of Date/Temporal objects so resolution stays cheap and deterministic.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A calendar field written with at least `w` digits: pad(6) → "06", pad(98, 4) → "0098". */
export const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** Days since 1970-01-01 for a (valid) calendar day. */
export function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export const daysInMonth = (y: number, m: number) => toDays(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - toDays(y, m, 1);

export const isValidDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const weekday = (n: number) => ((((n + 3) % 7) + 7) % 7) + 1;

/** ISO week-numbering year and week of a day. */
export function isoWeek(n: number): { y: number; w: number } {
  const thursday = n - weekday(n) + 4;
  const { y } = fromDays(thursday);
  return { y, w: Math.floor((thursday - toDays(y, 1, 1)) / 7) + 1 };
}

/** The Monday of ISO week w of ISO year y. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = toDays(y, 1, 4);
  return jan4 - weekday(jan4) + 1 + (w - 1) * 7;
}

export const isoDay = (n: number) => {
  const { y, m, d } = fromDays(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
export const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const isoWeekValue = (y: number, w: number) => `${pad(y, 4)}-W${pad(w)}`;
export const isoYear = (y: number) => pad(y, 4);

/** Parses `YYYY-MM-DD` to a day number; null when malformed or impossible. */
export function parseIsoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidDay(+m[1]!, +m[2]!, +m[3]!)) return null;
  return toDays(+m[1]!, +m[2]!, +m[3]!);
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Thu 19 Dec 2024", for plain-words reasons. */
export function humanDay(n: number): string {
  const { y, m, d } = fromDays(n);
  return `${WEEKDAY_NAMES[weekday(n) - 1]} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}
