import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../pipeline/types';
import { formatContextDay, formatEventDate, formatMonth } from './format-date';

const d = (value: string, granularity: EventDate['granularity'], from: string, to: string, estimated = false): EventDate => ({ value, granularity, from, to, estimated });

describe('formatEventDate', () => {
  it('names a day with its weekday', () => expect(formatEventDate(d('2024-12-19', 'day', '2024-12-19', '2024-12-19'))).toBe('Thu, 19 Dec 2024'));
  it('names a month', () => expect(formatEventDate(d('2024-12', 'month', '2024-12-01', '2024-12-31'))).toBe('December 2024'));
  it('names a year', () => expect(formatEventDate(d('2025', 'year', '2025-01-01', '2025-12-31'))).toBe('2025'));
  it('names an ISO week with its days', () =>
    expect(formatEventDate(d('2025-W02', 'week', '2025-01-06', '2025-01-12'))).toBe('Week 2 of 2025 (6 Jan 2025 – 12 Jan 2025)'));
  it('says "about" for estimated dates', () =>
    expect(formatEventDate(d('2025-07', 'month', '2025-07-01', '2025-07-31', true))).toBe('about July 2025'));
  it('formatMonth heads the month of a day', () => expect(formatMonth('2025-01-31')).toBe('January 2025'));
});

describe('formatContextDay', () => {
  const c = (value: string | null, from: string | null, to: string | null) => ({ value, from, to, provenance: 'estimated' as const, note: '' });
  it('names a known day', () => expect(formatContextDay(c('2024-12-19', '2024-12-19', '2024-12-19'))).toBe('Thu, 19 Dec 2024'));
  it('names a window', () => expect(formatContextDay(c(null, '2025-08-08', '2025-08-14'))).toBe('between Fri, 8 Aug 2025 and Thu, 14 Aug 2025'));
  it('names an open window', () => expect(formatContextDay(c(null, '2025-08-08', null))).toBe('after Fri, 8 Aug 2025'));
  it('says when nothing is known', () => expect(formatContextDay(c(null, null, null))).toBe('no date known'));
});
