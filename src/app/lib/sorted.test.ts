import { describe, expect, it } from 'vitest';
import { indexOfSorted, lowerBound, step } from './sorted';

const arr = [2, 5, 9];

describe('lowerBound / indexOfSorted', () => {
  it('finds insertion points', () => expect([0, 2, 3, 9, 10].map((x) => lowerBound(arr, x))).toEqual([0, 0, 1, 2, 3]));
  it('finds members only', () => expect([2, 5, 6, 9].map((x) => indexOfSorted(arr, x))).toEqual([0, 1, -1, 2]));
});

describe('step', () => {
  it('steps to neighbours', () => {
    expect(step(arr, 5, 1)).toBe(9);
    expect(step(arr, 5, -1)).toBe(2);
  });
  it('stops at the ends', () => {
    expect(step(arr, 9, 1)).toBeNull();
    expect(step(arr, 2, -1)).toBeNull();
  });
  it('steps from a position that is filtered out', () => {
    expect(step(arr, 6, 1)).toBe(9);
    expect(step(arr, 6, -1)).toBe(5);
  });
  it('starts at an end without a selection', () => {
    expect(step(arr, null, 1)).toBe(2);
    expect(step(arr, null, -1)).toBe(9);
    expect(step([], null, 1)).toBeNull();
  });
});
