import { applyRule, compileFamily, type Rule } from './rule';
import { DATE_RULES } from './rules/dates';
import { DURATION_RULES } from './rules/durations';
import { HOLIDAY_RULES } from './rules/holidays';
import { PART_RULES } from './rules/parts';
import { REFERENCE_RULES } from './rules/references';
import { RELATIVE_RULES } from './rules/relative';
import { SET_RULES } from './rules/sets';
import { SPELLED_YEAR_RULES } from './rules/spelled-years';
import { TIME_RULES } from './rules/times';
import { WEEKDAY_RULES } from './rules/weekdays';
import { YEAR_RULES } from './rules/years';
import type { Built } from './sketch';

// Step one: find temporal expressions. All families' patterns are joined into one alternation that finds where an
// expression may start; there every rule is tried (sticky) and the longest match wins (ties: the earlier family).

const seen = new Set<string>();
/** Families in priority order (on equal length the earlier wins). */
export const FAMILIES: Readonly<Record<string, Rule[]>> = {
  times: compileFamily('times', TIME_RULES, seen),
  dates: compileFamily('dates', DATE_RULES, seen),
  holidays: compileFamily('holidays', HOLIDAY_RULES, seen),
  parts: compileFamily('parts', PART_RULES, seen),
  relative: compileFamily('relative', RELATIVE_RULES, seen),
  weekdays: compileFamily('weekdays', WEEKDAY_RULES, seen),
  years: compileFamily('years', YEAR_RULES, seen),
  spelled: compileFamily('spelled', SPELLED_YEAR_RULES, seen),
  sets: compileFamily('sets', SET_RULES, seen),
  references: compileFamily('references', REFERENCE_RULES, seen),
  durations: compileFamily('durations', DURATION_RULES, seen),
};
export const RULES: readonly Rule[] = Object.values(FAMILIES).flat();

const STARTS = new RegExp(RULES.map((r) => r.re.source).join('|'), 'giu');

export interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  built: Built;
}

/** The longest rule match at `at`, or null. */
export function bestAt(text: string, at: number, rules: readonly Rule[] = RULES): Candidate | null {
  let best: Candidate | null = null;
  for (const rule of rules) {
    const hit = applyRule(rule, text, at);
    if (hit && (!best || hit.end > best.end)) best = { start: at, end: hit.end, rule, built: hit.built };
  }
  return best;
}

/** Non-overlapping candidates in text order, within [from, to). */
export function scan(text: string, from = 0, to = text.length): Candidate[] {
  const out: Candidate[] = [];
  const slice = to === text.length ? text : text.slice(0, to);
  STARTS.lastIndex = from;
  for (let m = STARTS.exec(slice); m; m = STARTS.exec(slice)) {
    const found = bestAt(slice, m.index);
    if (found) {
      out.push(found);
      STARTS.lastIndex = found.end;
    } else STARTS.lastIndex = m.index + 1;
  }
  return out;
}
