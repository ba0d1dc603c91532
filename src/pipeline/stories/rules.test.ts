import { describe, expect, it } from 'vitest';
import { compileRules, firstMatch } from './rules';

const row = (over: object = {}) => ({ id: 'a-rule', pattern: '^read next$', reason: 'r', examples: ['Read next'], negatives: ['Read next week'], ...over });

describe('compileRules', () => {
  it('compiles a good table and finds the first match', () => {
    const rules = compileRules('t', [row(), row({ id: 'b', pattern: 'next', negatives: [] })]);
    expect(firstMatch(rules, 'read next')?.id).toBe('a-rule');
    expect(firstMatch(rules, 'next week')?.id).toBe('b');
    expect(firstMatch(rules, 'nothing')).toBeUndefined();
  });
  it.each([
    ['a duplicate id', [row(), row()], /t rule "a-rule": duplicate id/],
    ['a bad id', [row({ id: 'Bad Id' })], /"Bad Id": id must be kebab-case/],
    ['a broken pattern', [row({ pattern: '(' })], /"a-rule": bad pattern/],
    ['an example it misses', [row({ examples: ['Read later'] })], /does not match its example "Read later"/],
    ['a negative it matches', [row({ negatives: ['read next'] })], /matches its negative case "read next"/],
    ['no reason', [row({ reason: '' })], /needs a reason/],
  ])('throws naming the rule for %s', (_, rows, message) => {
    expect(() => compileRules('t', rows)).toThrow(message);
  });
});
