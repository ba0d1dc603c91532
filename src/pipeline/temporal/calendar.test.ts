import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDays, humanDay, isoDay, isoWeek, isoWeekMonday, parseIsoDay, toDays, weekday } from './calendar';

describe('calendar', () => {
  it('toDays/fromDays round-trip and agree with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const { y, m, d } = fromDays(n);
        expect(toDays(y, m, d)).toBe(n);
        expect(Date.UTC(y, m - 1, d) / 86400000).toBe(n);
      }),
    );
  });
  it.each([
    ['2024-12-19', 4, 2024, 51],
    ['2025-01-13', 1, 2025, 3],
    ['2020-12-31', 4, 2020, 53],
    ['2021-01-03', 7, 2020, 53],
    ['2024-12-30', 1, 2025, 1],
  ])('%s is weekday %i in ISO week %i-W%i', (day, dow, y, w) => {
    const n = parseIsoDay(day)!;
    expect(weekday(n)).toBe(dow);
    expect(isoWeek(n)).toEqual({ y, w });
    expect(isoWeekMonday(y, w)).toBe(n - dow + 1);
  });
  it('formats and rejects impossible days', () => {
    expect(isoDay(toDays(1998, 1, 8))).toBe('1998-01-08');
    expect(humanDay(toDays(2024, 12, 19))).toBe('Thu 19 Dec 2024');
    expect(parseIsoDay('2025-02-30')).toBeNull();
    expect(parseIsoDay('2025-2-3')).toBeNull();
  });
});
