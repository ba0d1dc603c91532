import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isCalendarDay, isoDay } from './days';
import { hull, intersect, widen, width } from './window';

describe('days', () => {
  it('round-trips days across leap years and centuries', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '1900-03-01', '2024-12-31', '2025-03-01']) expect(isoDay(dayNumber(iso))).toBe(iso);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
  it('rejects days that do not exist', () => {
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-1-01')).toBe(false);
  });
});

describe('window', () => {
  const trump = [{ from: '2017-01-20', to: '2021-01-20' }, { from: '2025-01-20', to: null }];
  it('intersect keeps only the spans both allow', () => {
    expect(intersect(trump, [{ from: '2024-11-06', to: '2025-06-01' }])).toEqual([{ from: '2025-01-20', to: '2025-06-01' }]);
    expect(intersect(trump, [{ from: '2021-02-01', to: '2024-12-31' }])).toEqual([]);
    expect(intersect([{ from: null, to: null }], trump)).toEqual(trump);
  });
  it('hull covers every span and keeps open sides open', () => {
    expect(hull(trump)).toEqual({ from: '2017-01-20', to: null });
    expect(hull([])).toBeNull();
  });
  it('widen grows narrow closed spans only', () => {
    expect(widen({ from: '2025-06-17', to: '2025-06-17' }, 61)).toEqual({ from: '2025-05-18', to: '2025-07-17' });
    expect(width(widen({ from: '2025-06-17', to: '2025-06-17' }, 61))).toBe(61);
    expect(widen({ from: '2025-01-01', to: '2025-12-31' }, 61)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(widen({ from: '2025-01-01', to: null }, 61)).toEqual({ from: '2025-01-01', to: null });
  });
});
