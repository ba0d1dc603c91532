import { describe, expect, it } from 'vitest';
import { POLITICS } from './politics';
import { compileRules, firesOn } from './rule';

describe.each(compileRules(POLITICS))('trigger rule $id', (rule) => {
  it.each(rule.examples)('fires on %j', (text) => expect(firesOn(rule, text)).toBe(true));
  it.each(rule.negatives)('does not fire on %j', (text) => expect(firesOn(rule, text)).toBe(false));
});
