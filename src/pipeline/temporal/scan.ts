import { applyRule, compileFamily, followsThe, type Rule, startsWith } from './rule';
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
import type { TimexType } from '../types';
import type { Built } from './sketch';
import { eachStart } from './starters';

// Step one: find temporal expressions. Where a word that can start one begins (starters.ts), every rule is tried
// (sticky regexes) and the longest match wins (ties: the earlier family); scanning resumes after it.

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


export interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  built: Built;
}

/** A candidate's TIMEX3 type: its builder's when it sets one ("Tuesday morning" is a TIME), else its rule's. */
export const typeOf = (c: Candidate): TimexType => c.built.type ?? c.rule.type;

const BY_TOKEN = new Map<string, Rule[]>();
/** The rules that may start with this first word (cached per word); after "the", those that may follow it before `next` (see followsThe). */
function rulesFor(token: string, next: string): Rule[] {
  const key = next ? `${token} ${next}` : token;
  let rules = BY_TOKEN.get(key);
  if (!rules) {
    const lower = token.toLowerCase();
    rules = RULES.filter((r) => startsWith(r, lower) && (!next || followsThe(r, next)));
    BY_TOKEN.set(key, rules);
  }
  return rules;
}

/** The longest rule match at `at`, or null; `token` is the first word there and `next` the one after "the" (see firstToken). */
function bestAt(text: string, at: number, token: string, next: string): Candidate | null {
  const rules = rulesFor(token, next);
  let best: Candidate | null = null;
  for (const rule of rules) {
    const hit = applyRule(rule, text, at, best ? best.end : at);
    if (hit) best = { start: at, end: hit.end, rule, built: hit.built };
  }
  return best;
}

/** Non-overlapping candidates in text order, within [from, to). */
export function scan(text: string, from = 0, to = text.length): Candidate[] {
  const out: Candidate[] = [];
  const slice = to === text.length ? text : text.slice(0, to);
  eachStart(slice, from, to, (at, token, next) => {
    const found = bestAt(slice, at, token, next);
    if (!found) return at;
    out.push(found);
    return found.end;
  });
  return out;
}
