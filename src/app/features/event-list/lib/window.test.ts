import { describe, expect, it } from 'vitest';
import { groupByMonth, PAGE, sliceAround, UNDATED } from './window';

describe('sliceAround', () => {
  it('starts at the top without a selection', () => expect(sliceAround(1000, -1, { before: 0, after: 0 })).toEqual({ from: 0, to: PAGE }));
  it('centres on the selection', () => expect(sliceAround(100_000, 50_000, { before: 0, after: 0 })).toEqual({ from: 50_000 - PAGE / 2, to: 50_000 + PAGE / 2 }));
  it('grows on demand within bounds', () => expect(sliceAround(200, 10, { before: 500, after: 500 })).toEqual({ from: 0, to: 200 }));
  it('handles short lists', () => expect(sliceAround(3, 2, { before: 0, after: 0 })).toEqual({ from: 0, to: 3 }));
});

describe('groupByMonth', () => {
  it('groups consecutive rows by month', () => {
    const rows = ['2024-11-15', '2024-12-01', '2024-12-19', '2025-06-17'];
    expect(groupByMonth(rows, (r) => r)).toEqual([
      { month: '2024-11', rows: ['2024-11-15'] },
      { month: '2024-12', rows: ['2024-12-01', '2024-12-19'] },
      { month: '2025-06', rows: ['2025-06-17'] },
    ]);
  });
  it('returns no groups for no rows', () => expect(groupByMonth([], String)).toEqual([]));
});

describe('groupByMonth without a date', () => {
  it('puts rows without a date in the UNDATED group', () => {
    const rows = ['2024-12-19', null, null];
    expect(groupByMonth(rows, (r) => r)).toEqual([
      { month: '2024-12', rows: ['2024-12-19'] },
      { month: UNDATED, rows: [null, null] },
    ]);
  });
});
