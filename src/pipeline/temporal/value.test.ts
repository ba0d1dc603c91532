import { describe, expect, it } from 'vitest';
import { valueSpan } from './value';

describe('valueSpan', () => {
  it.each([
    ['2024-12-14', 'day', '2024-12-14', '2024-12-14'],
    ['2024-12-19T08:21', 'time', '2024-12-19', '2024-12-19'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025-W02', 'week', '2025-01-06', '2025-01-12'],
    ['2020-W53', 'week', '2020-12-28', '2021-01-03'],
    ['2025-Q4', 'quarter', '2025-10-01', '2025-12-31'],
    ['2025-H1', 'half', '2025-01-01', '2025-06-30'],
    ['2025-SU', 'season', '2025-06-01', '2025-08-31'],
    ['2024-WI', 'season', '2024-12-01', '2025-02-28'],
    ['1910', 'year', '1910-01-01', '1910-12-31'],
    ['199', 'decade', '1990-01-01', '1999-12-31'],
    ['20', 'century', '2000-01-01', '2099-12-31'],
  ])('valueSpan(%s) is a %s from %s to %s', (value, granularity, from, to) => {
    expect(valueSpan(value)).toEqual({ granularity, from, to });
  });
  it.each(['P3D', 'PRESENT_REF', 'XXXX-XX-XX', 'XXXX-06', '2025-02-30', '', 'garbage'])('valueSpan(%s) is null', (v) => {
    expect(valueSpan(v)).toBeNull();
  });
});
