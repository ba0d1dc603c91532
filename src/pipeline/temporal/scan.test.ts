import { describe, expect, it } from 'vitest';
import { applyRule, compileFamily, exampleText, firstToken, type RuleSpec, startsWith } from './rule';
import { RULES, scan } from './scan';
import { eachStart, STARTERS } from './starters';

/** An example as a sentence: its context ("5 dollars [a year]"), or "in " before it; `at` is where the phrase starts. */
function inContext(example: string) {
  const phrase = exampleText(example);
  const before = /\[/.test(example) ? example.slice(0, example.indexOf('[')) : 'in ';
  return { phrase, text: `${before}${phrase}.`, at: before.length };
}

describe('rule tables', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s matches each of its examples whole', (_, rule) => {
    for (const example of rule.examples) {
      const { phrase, text, at } = inContext(example);
      const hit = applyRule(rule, text, at);
      expect(hit && text.slice(at, hit.end), `${rule.id} on '${example}'`).toBe(phrase);
    }
  });
  it.each(RULES.map((r) => [r.id, r] as const))('%s examples start with a scanner starter word', (_, rule) => {
    for (const example of rule.examples.map(exampleText)) {
      const token = firstToken(example);
      expect(/^0+$/.test(token) || token === "'" || STARTERS.has(token), `${rule.id}: '${example}'`).toBe(true);
      expect(startsWith(rule, token)).toBe(true);
    }
  });
  it.each(RULES.map((r) => [r.id, r] as const))('the scanner finds %s examples where they start, by this rule (no earlier or longer one takes them)', (_, rule) => {
    for (const example of rule.examples) {
      const { phrase, text, at } = inContext(example);
      const hit = scan(text).find((c) => c.start === at);
      expect(hit && [text.slice(hit.start, hit.end), hit.rule.id], `'${example}'`).toEqual([phrase, rule.id]);
    }
  });
  const spec = (id: string, pattern = 'x'): RuleSpec => ({ id, head: 'x', type: 'DATE', pattern, build: () => null, examples: ['x'] });
  it('rejects a duplicate id, naming it', () => {
    expect(() => compileFamily('t', [spec('t.one'), spec('t.one')])).toThrow(/t\.one.*duplicate/);
  });
  it('rejects bad ids, bad patterns and unknown macros, naming the rule', () => {
    expect(() => compileFamily('t', [spec('Bad Id')])).toThrow(/Bad Id/);
    expect(() => compileFamily('t', [spec('t.paren', '(x')])).toThrow(/t\.paren.*bad pattern/);
    expect(() => compileFamily('t', [spec('t.macro', '{NOPE}')])).toThrow(/t\.macro.*NOPE/);
    expect(() => compileFamily('t', [spec('t.empty', 'x?')])).toThrow(/t\.empty.*empty/);
    expect(() => compileFamily('t', [{ ...spec('t.head'), head: 'y' }])).toThrow(/t\.head.*head/);
  });
});

describe('scan', () => {
  it('takes the longest match at a start and does not overlap', () => {
    const text = 'On June 4, 2025 and on 4 June the 1990s ended.';
    expect(scan(text).map((c) => [text.slice(c.start, c.end), c.rule.id])).toEqual([
      ['June 4, 2025', 'date.month-day-year'],
      ['4 June', 'date.day-month'],
      ['the 1990s', 'year.decade'],
    ]);
  });
  it('skips money, percentages and counts', () => {
    expect(scan('It cost $1999 and rose 15% to 2,000 tonnes, or 15 cents.')).toEqual([]);
  });
  it('starts at a number only if the whole number could begin an expression', () => {
    const starts = (text: string) => {
      const found: string[] = [];
      eachStart(text, 0, text.length, (at, token) => (/^0/.test(token) && found.push(text.slice(at, at + 3)), at));
      return found;
    };
    expect(starts('2.5 million shares, 1,200 troops, 9.5% and Kopp, 44, was held')).toEqual([]);
    expect(starts('2.5 years, 1,000 years, 10.30 a.m., 44 days, in 1998.')).toEqual(['2.5', '1,0', '10.', '44 ', '199']);
  });
  it('starts at a number in words where digits would start, and reads what may go on after either alike', () => {
    const starts = (text: string) => {
      const found: string[] = [];
      eachStart(text, 0, text.length, (at, token) => (/^(?:0+|two|five|eleven)$/.test(token) && found.push(token), at));
      return found;
    };
    expect(starts('two companies and eleven men; 5 banks')).toEqual([]);
    expect(starts('two-year, two weeks, 5 straight days, five straight days')).toEqual(['two', 'two', '0', 'five']);
    const found = (text: string) => scan(text).map((c) => text.slice(c.start, c.end));
    expect(found('It rained for 5 straight days, then 2 and a half years, five consecutive weeks and 2 ½ months.')).toEqual([
      '5 straight days', '2 and a half years', 'five consecutive weeks', '2 ½ months',
    ]);
    expect(found("at six o'clock, at 4 in the morning, in nineteen oh five")).toEqual(["six o'clock", '4 in the morning', 'nineteen oh five']);
  });
});

