import { describe, expect, it } from 'vitest';
import { CHROME, chromeRule } from './chrome';

describe('chromeRule', () => {
  it('every rule matches its examples and none of its negatives (checked at load)', () => {
    for (const rule of CHROME) {
      for (const example of rule.examples) expect(chromeRule(example)?.id, example).toBe(rule.id);
      for (const negative of rule.negatives) expect(chromeRule(negative), negative).toBeUndefined();
    }
  });
  it('recognises chrome on lines it has not seen', () => {
    expect(chromeRule('Related articles')).toMatchObject({ role: 'marker', opens: true });
    expect(chromeRule('Please disable your adblocker to continue')?.role).toBe('adblock');
    expect(chromeRule('Be the first to comment')?.role).toBe('comments');
    expect(chromeRule('Read also: Seoul stocks close higher')).toMatchObject({ role: 'link', opens: false });
  });
  it('leaves long sentences alone even when they use chrome words', () => {
    const sentence = 'The regulator said the company must let users share data and download the application without ads, a rule that takes effect on Monday for all platforms in the country.';
    expect(chromeRule(sentence)).toBeUndefined();
    expect(chromeRule('Officials said the latest talks would resume in Seoul on Friday.')).toBeUndefined();
  });
});
