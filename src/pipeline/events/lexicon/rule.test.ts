import { describe, expect, it } from 'vitest';
import { TRIGGER_RULES } from '.';
import { compileRules, type TriggerRule } from './rule';

const good: TriggerRule = { id: 'meeting.test', type: 'meeting', pattern: 'met', title: '{who} meet{s}', examples: ['they met'], negatives: [] };

describe('compileRules', () => {
  it('loads the shipped lexicon', () => expect(TRIGGER_RULES.length).toBeGreaterThan(20));
  it('rejects a duplicate id, naming it', () => expect(() => compileRules([good, good])).toThrow(/'meeting\.test'.*duplicate/));
  it('rejects a malformed id', () => expect(() => compileRules([{ ...good, id: 'Meeting' }])).toThrow(/'Meeting'/));
  it('rejects a bad pattern', () => expect(() => compileRules([{ ...good, pattern: '(' }])).toThrow(/bad pattern/));
  it('rejects a pattern that matches nothing in particular', () =>
    expect(() => compileRules([{ ...good, pattern: 'x?' }])).toThrow(/empty string/));
  it('rejects a title without participants', () => {
    expect(() => compileRules([{ ...good, title: 'meeting' }])).toThrow(/\{who\}/);
    expect(() => compileRules([{ ...good, alone: 'a meeting' }])).toThrow(/\{who\}/);
  });
  it('rejects a rule without examples', () => expect(() => compileRules([{ ...good, examples: [] }])).toThrow(/example/));
});
