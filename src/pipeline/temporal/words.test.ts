import { describe, expect, it } from 'vitest';
import { readNumber, readOrdinal } from './words';

describe('readNumber', () => {
  it.each([
    ['180', 180], ['1,000', 1000], ['two', 2], ['a', 1], ['twenty-five', 25], ['forty two', 42], ['several', 'X'],
    ['a few', 'X'], ['a couple of', 2],
  ])('readNumber(%s) = %s', (text, n) => expect(readNumber(text)).toBe(n));
  it.each(['', 'twenty-twenty', 'apple', 'five-twenty'])('readNumber(%s) is null', (text) => expect(readNumber(text)).toBeNull());
});

describe('readOrdinal', () => {
  it.each([['3rd', 3], ['third', 3], ['twenty first', 21], ['31st', 31]])('readOrdinal(%s) = %i', (text, n) =>
    expect(readOrdinal(text)).toBe(n));
  it('rejects non-ordinals', () => expect(readOrdinal('thirds')).toBeNull());
});
