import { describe, expect, it } from 'vitest';
import { bySentence, lastAtOrBefore } from './spans';

const sentences = [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 25, end: 30 }];

describe('lastAtOrBefore', () => {
  it('finds the span starting at or before an offset', () => {
    expect([0, 5, 12, 22, 29].map((at) => lastAtOrBefore(sentences, at))).toEqual([0, 0, 1, 1, 2]);
  });
  it('gives -1 before the first span and for no spans', () => {
    expect(lastAtOrBefore([{ start: 3, end: 4 }], 1)).toBe(-1);
    expect(lastAtOrBefore([], 1)).toBe(-1);
  });
});

describe('bySentence', () => {
  it('groups items by the sentence that wholly holds them, in text order', () => {
    const items = [{ start: 14, end: 16 }, { start: 1, end: 3 }, { start: 8, end: 13 }, { start: 26, end: 28 }, { start: 21, end: 22 }];
    expect(bySentence(items, sentences)).toEqual([[{ start: 1, end: 3 }], [{ start: 14, end: 16 }], [{ start: 26, end: 28 }]]);
  });
});
