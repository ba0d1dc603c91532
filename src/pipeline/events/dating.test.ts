import { describe, expect, it } from 'vitest';
import { regions } from './clauses';
import { dateOfReport, dateOfTimex, governingTimex } from './dating';
import { quotedSpans } from './quotes';
import { day, timex, window } from './testing';
import { findTriggers } from './triggers';
import type { Timex } from '../types';

function dates(text: string, timexes: Timex[], dct = '2024-12-19') {
  const rs = regions(text, 0, text.length, findTriggers(text, 0, text.length, quotedSpans(text)));
  return rs.map((r) => governingTimex(text, r, r.triggers[0]!, timexes, day(dct))?.text ?? null);
}

describe('governingTimex', () => {
  it('gives each happening the date of its own clause', () => {
    const t = 'Han held the phone conversation with Ishiba after Yoon was impeached last Saturday over his imposition of martial law on December 3.';
    expect(dates(t, [timex(t, 'last Saturday', '2024-12-14'), timex(t, 'December 3', '2024-12-03')])).toEqual([null, 'last Saturday', 'December 3']);
  });
  it('takes the nearest of two dates in one region', () => {
    const t = 'Vietnam pledged to double trade, with a state visit this week in 2025.';
    expect(dates(t, [timex(t, 'this week', '2025-W32'), timex(t, '2025', '2025')], '2025-08-10')).toEqual(['this week']);
  });
  it('ignores deadlines and durations', () => {
    const t = 'The two nations pledged to double trade by 2030 over three years.';
    const three = { ...timex(t, 'three years', 'P3Y'), type: 'DURATION' as const };
    expect(dates(t, [timex(t, '2030', '2030'), three])).toEqual([null]);
  });
  it('does not date a past-tense verb with a day after publication', () => {
    const t = 'The two sides agreed to prepare for the anniversary next year.';
    expect(dates(t, [timex(t, 'next year', '2025')])).toEqual([null]);
    const u = 'The two sides will meet next year.';
    expect(dates(u, [timex(u, 'next year', '2025')])).toEqual(['next year']);
  });
  it('ignores values without a calendar span', () => {
    const t = 'They met recently.';
    expect(dates(t, [timex(t, 'recently', 'PAST_REF')])).toEqual([null]);
  });
});

describe('dateOfTimex / dateOfReport', () => {
  it('spans a month value', () => {
    const t = 'in December';
    expect(dateOfTimex(timex(t, 'December', '2024-12'))).toEqual({ value: '2024-12', granularity: 'month', from: '2024-12-01', to: '2024-12-31', estimated: false });
  });
  it('places a reported event on the publication day', () =>
    expect(dateOfReport(day('2024-11-15'))).toEqual({ value: '2024-11-15', granularity: 'day', from: '2024-11-15', to: '2024-11-15', estimated: false }));
  it('makes an estimated window a range', () => {
    expect(dateOfReport(window('2025-06-04', '2025-10-21'))).toEqual({ value: '2025', granularity: 'year', from: '2025-06-04', to: '2025-10-21', estimated: true });
    expect(dateOfReport(window('2024-11-06', '2024-11-30'))!.value).toBe('2024-11');
  });
  it('gives nothing for a window wider than a year', () => expect(dateOfReport(window('2024-01-01', '2025-06-30'))).toBeNull());
  it('gives nothing for an unknown context', () =>
    expect(dateOfReport({ value: null, from: null, to: null, provenance: 'unknown', note: '' })).toBeNull());
});
