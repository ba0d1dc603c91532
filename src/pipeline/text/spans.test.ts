import { describe, expect, it } from 'vitest';
import { bySentence, firstEndingAfter, firstFrom, lastAtOrBefore, sentenceAt, within } from './spans';

const items = [{ start: 0, end: 3 }, { start: 5, end: 9 }, { start: 8, end: 12 }, { start: 20, end: 25 }];
const sentences = [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 25, end: 30 }];

describe('firstFrom', () => {
  it.each([[0, 0], [1, 1], [5, 1], [6, 2], [21, 4], [99, 4]])('offset %i → index %i', (offset, index) => expect(firstFrom(items, offset)).toBe(index));
});

describe('lastAtOrBefore', () => {
  it('finds the span starting at or before an offset', () => {
    expect([0, 5, 12, 22, 29].map((at) => lastAtOrBefore(sentences, at))).toEqual([0, 0, 1, 1, 2]);
  });
  it('gives -1 before the first span and for no spans', () => {
    expect(lastAtOrBefore([{ start: 3, end: 4 }], 1)).toBe(-1);
    expect(lastAtOrBefore([], 1)).toBe(-1);
  });
});

describe('firstEndingAfter', () => {
  it.each([[0, 0], [9, 0], [10, 1], [11, 1], [20, 2], [29, 2], [30, 3]])('offset %i → sentence %i', (at, index) =>
    expect(firstEndingAfter(sentences, at)).toBe(index));
});

describe('within', () => {
  it('keeps spans that start and end inside the range', () => {
    expect(within(items, 4, 12)).toEqual([items[1], items[2]]);
    expect(within(items, 4, 10)).toEqual([items[1]]);
    expect(within(items, 13, 19)).toEqual([]);
  });
});

describe('sentenceAt', () => {
  const two = [{ start: 0, end: 10 }, { start: 11, end: 30 }];
  it.each([[0, 0], [9, 0], [11, 1], [29, 1]])('offset %i is in sentence %i', (offset, i) => expect(sentenceAt(two, offset)).toBe(two[i]));
  it.each([10, 30, 99])('offset %i is in none', (offset) => expect(sentenceAt(two, offset)).toBeUndefined());
});

describe('bySentence', () => {
  it('groups items by the sentence that wholly holds them, in text order', () => {
    const hits = [{ start: 14, end: 16 }, { start: 1, end: 3 }, { start: 8, end: 13 }, { start: 26, end: 28 }, { start: 21, end: 22 }];
    expect(bySentence(hits, sentences)).toEqual([[{ start: 1, end: 3 }], [{ start: 14, end: 16 }], [{ start: 26, end: 28 }]]);
  });
});
