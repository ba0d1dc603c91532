import type { IsoDate } from '../types';
import { isCalendarDay } from './days';
import rows from './data/stamps.json';
import { type Compiled, compileRules, type PatternRow } from './rules';

// Dates a page states about itself: "Update: 2024-12-19 08:21 GMT", a bare date line, a byline with a date, a
// press-release dateline. Also datelines without a date ("Seoul (Reuters) -"), which mark the start of an article.

export interface StampRow extends PatternRow {
  /** 'timestamp' or 'byline' for a line of its own, 'dateline' for the opening words of a paragraph. */
  role: 'timestamp' | 'byline' | 'dateline';
  /** True when the rule covers the whole line. */
  whole: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const PARTS: Record<string, string> = {
  DATE: `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
  TIME: '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?',
  WEEKDAY: '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?',
  MONTHDAY: `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?![,\\s]*\\d{4})`,
};
const expand = (pattern: string) => pattern.replace(/\{(DATE|TIME|WEEKDAY|MONTHDAY)\}/g, (_, part: string) => PARTS[part]!);

export const STAMPS: readonly Compiled<StampRow>[] = compileRules('stamps', (rows as StampRow[]).map((r) => ({ ...r, pattern: expand(r.pattern) })), 'iu');

const DATE_PARTS = new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu');
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

const MONTH_DAY = new RegExp(`(${MONTH})\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})`, 'iu');

/** The month and day of a year-less date ("Dec. 19" → "12-19"), or null. */
export function parseMonthDay(text: string): string | null {
  const m = MONTH_DAY.exec(text);
  if (!m) return null;
  const [month, day] = m[1] ? [monthIndex(m[1]), +m[2]!] : [monthIndex(m[4]!), +m[3]!];
  return isCalendarDay(`2024-${pad(month)}-${pad(day)}`) ? `${pad(month)}-${pad(day)}` : null;
}

/** The first full calendar date written in `text` ("19 December 2024", "Dec. 19, 2024", "2024-12-19"), or null. */
export function parseStatedDate(text: string): IsoDate | null {
  const m = DATE_PARTS.exec(text);
  if (!m) return null;
  const iso = m[1] ? `${m[1]}-${m[2]}-${m[3]}` : m[4] ? `${m[6]}-${pad(monthIndex(m[5]!))}-${pad(+m[4])}` : `${m[9]}-${pad(monthIndex(m[7]!))}-${pad(+m[8]!)}`;
  return isCalendarDay(iso) ? iso : null;
}

export interface Stamp {
  rule: Compiled<StampRow>;
  /** Length of the stamp at the start of the line (the whole line for timestamps). */
  length: number;
  date: IsoDate | null;
  /** Month and day ("12-19") when the stamp states them without a year. */
  monthDay: string | null;
}

/** The stamp or dateline a line starts with, if any. */
export function findStamp(line: string): Stamp | undefined {
  for (const rule of STAMPS) {
    const m = rule.re.exec(line);
    if (!m || m.index !== 0) continue;
    const length = rule.whole ? line.length : m[0].length;
    const date = parseStatedDate(m[0]);
    return { rule, length, date, monthDay: date ? null : parseMonthDay(m[0]) };
  }
  return undefined;
}
