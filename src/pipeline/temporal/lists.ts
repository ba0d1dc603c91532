import { isValidDay } from './calendar';
import type { Candidate } from './scan';

// Days listed under one month name: "April 24 and 25", "March 3, 4 and 5", "24 and 25 April". TimeML tags each
// listed day as an expression of its own; each takes the month (and year, when stated) of the day the month names.
// Weekdays listed under one "next", "last" or "this" take it too: "next Thursday and Friday" are both next week's.

/** One more day of a list: after a comma or "and"/"or" (group 1 the separator, group 2 the day). */
const NEXT_DAY = /(,\s*|,?\s+(?:and|or)\s+)(\d{1,2})(?:st|nd|rd|th)?(?!\d)/iy;
/** A day before "and 25 April". */
const DAY_BEFORE = /(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|or)\s+(?:the\s+)?$/i;
/** What may follow a listed day: punctuation, the end, or a word that cannot be counted ("25 people" is no day). */
const DAY_END = /\s*(?:$|[^\sA-Za-z0-9%$]|(?:in|at|on|for|to|from|when|while|with|during|before|after|and|or|but|the|this|next|last|respectively)\b)/iy;
const ENDS_IN_DAY = /(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?$/i;
const STARTS_WITH_DAY = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s/i;
/** The longest list read: "March 3, 4, 5, 6 and 7". */
const MAX_LISTED = 6;

/** A copy of `c` naming day `d` of its month, at [start, end), or null when its month has no such day. */
function listed(c: Candidate, d: number, start: number, end: number): Candidate | null {
  const s = c.built.sketch;
  if (s.kind !== 'date' || !isValidDay(s.y ?? 2000, s.m, d)) return null;
  return { start, end, rule: c.rule, built: { ...c.built, sketch: { ...s, d } } };
}

const isDayOfMonth = (c: Candidate) => {
  const s = c.built.sketch;
  return s.kind === 'date' && s.d !== undefined && !s.week && !s.time;
};

/** The day listed before `c` ("24 and [25 April]"), or null. */
function listedBefore(text: string, c: Candidate): Candidate | null {
  if (!STARTS_WITH_DAY.test(text.slice(c.start, c.end))) return null;
  const m = DAY_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
  if (!m) return null;
  const start = c.start - m[0].length;
  return listed(c, +m[1]!, start, start + m[1]!.length);
}

/** The days listed after `c` ("April 24[, 25] and 26"): only a list closed by "and"/"or" and ending well. */
function listedAfter(text: string, c: Candidate): Candidate[] {
  if (!ENDS_IN_DAY.test(text.slice(c.start, c.end))) return [];
  const out: Candidate[] = [];
  let at = c.end;
  let closed = false;
  while (!closed && out.length < MAX_LISTED) {
    NEXT_DAY.lastIndex = at;
    const m = NEXT_DAY.exec(text);
    if (!m) break;
    closed = m[1]!.trim() !== ',';
    const start = m.index + m[1]!.length;
    const day = listed(c, +m[2]!, start, start + m[2]!.length);
    if (!day) return [];
    out.push(day);
    at = m.index + m[0].length;
  }
  DAY_END.lastIndex = at;
  return closed && DAY_END.test(text) ? out : [];
}

/** What separates two weekdays (or months) of one list. */
export const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/i;

/** A weekday with a stated direction that a list may share ("next Thursday"), not an anaphoric one. */
const leadsWeekdays = (c: Candidate) => {
  const s = c.built.sketch;
  return s.kind === 'weekday' && s.dir !== 'tense' && !s.anaphoric;
};

/** `c`, a bare weekday listed after `lead` ("next Thursday and [Friday]"), with the lead's direction. */
function sharedDirection(text: string, lead: Candidate, c: Candidate): Candidate | null {
  const l = lead.built.sketch;
  const s = c.built.sketch;
  if (l.kind !== 'weekday' || s.kind !== 'weekday' || s.dir !== 'tense' || !LIST_GAP.test(text.slice(lead.end, c.start))) return null;
  return { ...c, built: { ...c.built, sketch: { ...s, dir: l.dir } } };
}

/**
 * Adds the other days of each list a day-of-month expression heads or ends, and gives the weekdays listed after
 * "next Thursday" its direction; the rest pass through unchanged.
 */
export function addListedDays(text: string, cs: readonly Candidate[]): readonly Candidate[] {
  if (!cs.some((c) => isDayOfMonth(c) || leadsWeekdays(c))) return cs; // most blocks: no copy
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (leadsWeekdays(c)) {
      out.push(c);
      for (let shared; i + 1 < cs.length && (shared = sharedDirection(text, out[out.length - 1]!, cs[i + 1]!)); i++) out.push(shared);
      continue;
    }
    const before = isDayOfMonth(c) ? listedBefore(text, c) : null;
    if (before && (out.length === 0 || out[out.length - 1]!.end <= before.start)) out.push(before);
    out.push(c);
    const rest = isDayOfMonth(c) ? listedAfter(text, c) : [];
    if (rest.length === 0) continue;
    out.push(...rest);
    // a listed day replaces whatever the scanner read there
    while (i + 1 < cs.length && cs[i + 1]!.start < rest[rest.length - 1]!.end) i++;
  }
  return out;
}
