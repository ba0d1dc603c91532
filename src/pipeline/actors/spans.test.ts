import { describe, expect, it } from 'vitest';
import { firstFrom, sentenceAt, within } from './spans';

const items = [{ start: 0, end: 3 }, { start: 5, end: 9 }, { start: 8, end: 12 }, { start: 20, end: 25 }];

describe('firstFrom', () => {
  it.each([[0, 0], [1, 1], [5, 1], [6, 2], [21, 4], [99, 4]])('offset %i → index %i', (offset, index) => expect(firstFrom(items, offset)).toBe(index));
});

describe('within', () => {
  it('keeps spans that start and end inside the range', () => {
    expect(within(items, 4, 12)).toEqual([items[1], items[2]]);
    expect(within(items, 4, 10)).toEqual([items[1]]);
    expect(within(items, 13, 19)).toEqual([]);
  });
});

describe('sentenceAt', () => {
  const sentences = [{ start: 0, end: 10 }, { start: 11, end: 30 }];
  it.each([[0, 0], [9, 0], [11, 1], [29, 1]])('offset %i is in sentence %i', (offset, i) => expect(sentenceAt(sentences, offset)).toBe(sentences[i]));
  it.each([10, 30, 99])('offset %i is in none', (offset) => expect(sentenceAt(sentences, offset)).toBeUndefined());
});
