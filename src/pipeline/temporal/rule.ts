import type { TimexType } from '../types';
import type { Built } from './sketch';
import { DAY_PARTS, DAY_QUALIFIERS, FRACTIONS, MONTHS, NUMBERS, ORDINALS, SEASONS, SUPERLATIVES, UNITS, VAGUE_NUMBERS, WEEKDAYS } from './words';
import { HOLIDAY_NAMES } from './holidays';

/** A match handed to a rule's builder: the capture groups (g[0] the whole match) and where it is. */
export interface Match {
  g: readonly (string | undefined)[];
  text: string;
  start: number;
  end: number;
}

/** One extraction rule: a pattern (with {MACROS}) and a builder that turns a match into a sketch, or rejects it. */
export interface RuleSpec {
  id: string;
  /** The words (or {MACROS}, or \\d+) a match can start with; the scanner tries the rule only after such a word. */
  head: string;
  type: TimexType;
  pattern: string;
  build: (m: Match) => Built | null;
  /**
   * For a rule whose match may start with a required "the" ("the following day"): the words (or {MACROS}, or \\d+)
   * that may come next; after "the" the scanner tries the rule only before such a word. Omitted: any word.
   */
  afterThe?: string;
  /** Phrases this rule must match whole (scan.test.ts); "context [phrase]" when the rule looks behind. */
  examples: readonly string[];
}

export interface Rule extends RuleSpec {
  family: string;
  /**
   * The pattern opens with an optional "the" ("(?:the\\s+)?…"): a match from "the" is also a match from the next word,
   * so after "the" the rule is tried only when its head admits that next word.
   */
  optionalThe: boolean;
  /** Sticky, case-insensitive, bounded by non-alphanumerics (ASCII: English news; no /u for speed). */
  re: RegExp;
  /** Tests a first word (see firstToken). */
  headRe: RegExp;
  /** Tests the word after a leading "the" (see RuleSpec.afterThe); null admits any. */
  afterTheRe: RegExp | null;
}

/** The first word of a phrase as the scanner sees it: letters, a number (its digits as 0s), or "'" before digits. */
export function firstToken(phrase: string): string {
  const m = /[A-Za-z]+|\d+|'/.exec(phrase);
  return m ? (/^\d/.test(m[0]) ? '0'.repeat(Math.min(m[0].length, 5)) : m[0].toLowerCase()) : '';
}

/** An example's phrase: "5 dollars [a year]" gives its context before the brackets and the phrase inside. */
export const exampleText = (example: string) => /\[(.*)\]/.exec(example)?.[1] ?? example;

/** Whether a rule may start with `token` (abbreviations written with a dot, "Tue.", count too). */
export const startsWith = (rule: Rule, token: string) => rule.headRe.test(token) || rule.headRe.test(`${token}.`);

/**
 * Whether a rule may match from "the" followed by the word `next` (as firstToken reads it): a rule whose "the" is
 * optional only when its head admits `next` (a match from "the" is also one from that word); one whose "the" is
 * required when its afterThe admits `next`.
 */
export const followsThe = (rule: Rule, next: string) =>
  rule.optionalThe ? startsWith(rule, next) : !rule.afterTheRe || rule.afterTheRe.test(next) || rule.afterTheRe.test(`${next}.`);

/** The words that follow "the" in those of `phrases` that start with it, as an afterThe alternation. */
export const wordsAfterThe = (phrases: readonly string[]) =>
  [...new Set(phrases.map((p) => /^the\s+([a-z]+)/i.exec(p)?.[1]?.toLowerCase()).filter((w) => w !== undefined))].join('|');

const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const abbreviated = (table: Readonly<Record<string, number>>, minFull: number) =>
  alt(Object.keys(table).filter((w) => w.length >= minFull)) + '|' + Object.keys(table).filter((w) => w.length < minFull).map((w) => `${w}\\.`).join('|');

/** Vocabulary macros usable in patterns as {NAME}; each expands to a non-capturing group. */
export const MACROS: Readonly<Record<string, string>> = {
  MONTH: `${alt(Object.keys(MONTHS).filter((w) => w.length > 4 || /^(may|june|july)$/.test(w)))}|${Object.keys(MONTHS).filter((w) => w.length <= 4 && !/^(may|june|july)$/.test(w)).sort((a, b) => b.length - a.length).map((w) => `${w}\\.?`).join('|')}`,
  WEEKDAY: abbreviated(WEEKDAYS, 6),
  DAYNUM: '3[01](?:st)?|[12]\\d(?:st|nd|rd|th)?|0?[1-9](?:st|nd|rd|th)?',
  ORDWORD: alt(Object.keys(ORDINALS).filter((w) => w !== 'last' && w !== 'final')),
  QORD: 'first|second|third|fourth|1st|2nd|3rd|4th',
  YEAR: '1[6-9]\\d\\d|20\\d\\d',
  NUM: `\\d[\\d,]*(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|${alt(Object.keys(NUMBERS))}`,
  VAGUE: alt(VAGUE_NUMBERS),
  SUPERLATIVE: alt(SUPERLATIVES),
  FRACTION: alt(Object.keys(FRACTIONS)),
  UNIT: Object.keys(UNITS).map((u) => (u === 'century' ? 'century|centuries' : u === 'day' ? `(?:(?:${DAY_QUALIFIERS.join('|')})\\s+)?days?` : `${u}s?`)).join('|'),
  UNIT1: Object.keys(UNITS).join('|'),
  SEASON: alt(Object.keys(SEASONS)),
  DAYPART: alt(Object.keys(DAY_PARTS).filter((p) => p !== 'overnight' && p !== 'tonight')),
  HOLIDAY: alt(HOLIDAY_NAMES),
  // time zones as news writes them after a clock ("8 p.m. ET", "0735 GMT", "9 a.m. Eastern Time", "8 o'clock Eastern"
  // as broadcasts say it; not "central London", "Pacific Ocean")
  ZONE: 'GMT|UTC|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|AKST|HST|BST|CET|CEST|EET|EEST|MSK|IST|KST|JST|HKT|SGT|AEST|AEDT|local time|' +
    '(?:Eastern|Central|Mountain|Pacific)(?:\\s+(?:Standard|Daylight))?(?:\\s+Time)?(?!\\s+(?:Europe|Asia|Africa|America|Ocean|Islands?|Coast|London|Time\\s+Zone)\\b)',
  AMPM: 'a\\.m\\.?|p\\.m\\.?|am|pm',
};

function expand(rule: RuleSpec, source = rule.pattern): string {
  return source.replace(/\{([A-Z][A-Z0-9]*)\}/g, (_, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`temporal rule ${rule.id}: unknown macro {${name}}`);
    return `(?:${body})`;
  });
}

const OPTIONAL_THE = '(?:the\\s+)?';

/** Compiles one family's rules; a bad pattern, a missing example or a duplicate id throws, naming the rule. */
export function compileFamily(family: string, specs: readonly RuleSpec[], seen = new Set<string>()): Rule[] {
  return specs.map((spec) => {
    if (!/^[a-z]+(\.[a-z0-9-]+)+$/.test(spec.id)) throw new Error(`temporal rule '${spec.id}' (${family}): bad id`);
    if (seen.has(spec.id)) throw new Error(`temporal rule ${spec.id} (${family}): duplicate id`);
    seen.add(spec.id);
    if (spec.examples.length === 0) throw new Error(`temporal rule ${spec.id}: no examples`);
    let re: RegExp;
    try {
      re = new RegExp(`(?<![A-Za-z0-9])(?:${expand(spec)})(?![A-Za-z0-9])`, 'iy');
    } catch (error) {
      throw new Error(`temporal rule ${spec.id}: bad pattern (${(error as Error).message})`);
    }
    if (re.test('')) throw new Error(`temporal rule ${spec.id}: matches the empty string`);
    const headRe = new RegExp(`^(?:${expand(spec, spec.head)})$`, 'i');
    const afterTheRe = spec.afterThe ? new RegExp(`^(?:${expand(spec, spec.afterThe)})$`, 'i') : null;
    // field by field, not a spread of the spec: every rule has one shape, so the scanner's reads of rule.re and
    // rule.build stay monomorphic (specs differ in their optional fields)
    const { id, head, type, pattern, build, afterThe, examples } = spec;
    const rule: Rule = { id, head, type, pattern, build, afterThe, examples, family, re, headRe, afterTheRe, optionalThe: pattern.startsWith(OPTIONAL_THE) };
    for (const example of spec.examples.map(exampleText)) {
      if (!startsWith(rule, firstToken(example))) throw new Error(`temporal rule ${spec.id}: head does not admit example '${example}'`);
      const the = /^the\s+(.*)$/i.exec(example);
      if (the && !followsThe(rule, firstToken(the[1]!))) throw new Error(`temporal rule ${spec.id}: afterThe does not admit example '${example}'`);
    }
    return rule;
  });
}

/**
 * Runs one rule at `at`; the builder's result with the match's end, or null. A match that ends at or before
 * `longerThan` is not built: it could not win over the one that ends there.
 */
export function applyRule(rule: Rule, text: string, at: number, longerThan = at): { built: Built; end: number } | null {
  rule.re.lastIndex = at;
  const m = rule.re.exec(text);
  if (!m || at + m[0].length <= longerThan) return null;
  const built = rule.build({ g: m, text, start: at, end: at + m[0].length });
  return built ? { built, end: at + m[0].length } : null;
}

/** True when a month or weekday word is written as a name (capitalised), not as "may", "march", "sun". */
export const isName = (word: string | undefined) => !!word && word[0] !== word[0]!.toLowerCase();
