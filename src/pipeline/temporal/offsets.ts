import { isSpace } from '../text/words';
import { isoDay, parseIsoDay } from './calendar';
import type { Candidate } from './scan';

// A day named from another day: "the day before last Tuesday", "the day after Christmas". The words before the
// day join its span, and its value moves by one day once resolved (TimeML tags the whole phrase as one date).
// "The day before yesterday" and "the week before last" are fixed phrases of their own (rules/relative.ts).

const BEFORE_DAY = /(?:the\s+)?day\s+(before|after)\s+$/i;
/** How far back (characters) the words "the day before " are looked for. */
const REACH = 20;

/** A candidate naming one day: a date with its day, a weekday, a holiday, "yesterday". */
function namesDay(c: Candidate): boolean {
  const s = c.built.sketch;
  return (s.kind === 'date' && s.d !== undefined && !s.week) || s.kind === 'weekday' || s.kind === 'holiday' || (s.kind === 'shift' && s.grain === 'day');
}

/** Whether the word before `at` ends as "before" or "after" do (in e or r): a test without a slice for most days. */
function afterBeforeOrAfter(text: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && isSpace(text.charCodeAt(i))) i--;
  const last = text.charCodeAt(i) | 32;
  return last === 101 || last === 114;
}

/** Each day preceded by "the day before/after" takes those words in, with the move it makes (Built.dayOffset). */
export function addDayOffsets(text: string, cs: readonly Candidate[]): readonly Candidate[] {
  return cs.map((c) => {
    if (!namesDay(c) || !afterBeforeOrAfter(text, c.start)) return c;
    const m = BEFORE_DAY.exec(text.slice(Math.max(0, c.start - REACH), c.start));
    if (!m) return c;
    return { ...c, start: c.start - m[0].length, built: { ...c.built, dayOffset: m[1]!.toLowerCase() === 'before' ? -1 : 1 } };
  });
}

/** A resolved day moved by `by` days; a value that names no single day ("XXXX-WXX-2") leaves the day unknown. */
export function movedDay(value: string, by: number): string {
  const n = parseIsoDay(value.slice(0, 10));
  return n === null ? 'XXXX-XX-XX' : isoDay(n + by) + value.slice(10);
}
