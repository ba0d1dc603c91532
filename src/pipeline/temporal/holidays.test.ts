import { describe, expect, it } from 'vitest';
import { isoDay } from './calendar';
import { HOLIDAYS, holidayDay, holidayId, holidayPlaceholder } from './holidays';
import { resolveSketch } from './resolve';
import { found } from './testing';

describe('holidayDay', () => {
  it.each([
    ['christmas', 2024, '2024-12-25'],
    ['thanksgiving', 1998, '1998-11-26'],
    ['memorial-day', 2025, '2025-05-26'],
    ['easter', 2000, '2000-04-23'],
    ['easter', 2025, '2025-04-20'],
    ['good-friday', 2024, '2024-03-29'],
    ['election-day-us', 2024, '2024-11-05'],
    ['black-friday', 2024, '2024-11-29'],
    ['cyber-monday', 2024, '2024-12-02'],
    ['labor-day', 2025, '2025-09-01'],
    // lunisolar days, as published by the Chinese, Korean and Hebrew calendars
    ['lunar-new-year', 2024, '2024-02-10'],
    ['lunar-new-year', 2025, '2025-01-29'],
    ['seollal', 2026, '2026-02-17'],
    ['lantern-festival', 2024, '2024-02-24'],
    ['buddhas-birthday', 2024, '2024-05-15'],
    ['dragon-boat-festival', 2024, '2024-06-10'],
    ['mid-autumn-festival', 2023, '2023-09-29'],
    ['chuseok', 2024, '2024-09-17'],
    ['chuseok', 2025, '2025-10-06'],
    ['passover', 2024, '2024-04-23'],
    ['rosh-hashanah', 2025, '2025-09-23'],
    ['yom-kippur', 2024, '2024-10-12'],
    ['hanukkah', 2024, '2024-12-26'],
  ])('holidayDay(%s, %i) = %s', (id, y, day) => expect(isoDay(holidayDay(id, y))).toBe(day));
  it('every holiday resolves in every year of a range', () => {
    for (const id of Object.keys(HOLIDAYS)) for (let y = 1900; y <= 2100; y++) expect(Number.isInteger(holidayDay(id, y))).toBe(true);
  });
  it('a lunisolar day outside its window is NaN, never a throw: the value keeps only the year', () => {
    for (const y of [400, 1652, 2900]) expect(() => holidayDay('passover', y)).not.toThrow();
    const far = [...Array(60).keys()].map((i) => 2040 + i * 37).find((y) => Number.isNaN(holidayDay('rosh-hashanah', y)));
    expect(far).toBeDefined(); // some year far from ours falls outside the window
    expect(resolveSketch({ kind: 'holiday', id: 'rosh-hashanah', y: far!, dir: 'tense' }, 0, 'unknown').value).toBe(`${far}-XX-XX`);
    expect(found('Passover 1652 came late.', '2024-01-01')).toEqual([['Passover 1652', '1652-03-24']]);
  });
  it('maps names to ids and rejects others', () => {
    expect(holidayId('Christmas  Day')).toBe('christmas');
    expect(holidayId('Boxing')).toBeNull();
    expect(() => holidayDay('nope', 2000)).toThrow(/nope/);
  });
  it('without a year keeps the fields every year shares, never a guessed day', () => {
    expect(['christmas', 'labor-day', 'election-day-us', 'easter', 'memorial-day', 'black-friday', 'cyber-monday'].map(holidayPlaceholder)).toEqual([
      'XXXX-12-25', 'XXXX-09-XX', 'XXXX-11-XX', 'XXXX-XX-XX', 'XXXX-05-XX', 'XXXX-11-XX', 'XXXX-XX-XX',
    ]);
    for (const id of Object.keys(HOLIDAYS)) {
      const days = [1990, 2003, 2024].map((y) => isoDay(holidayDay(id, y)));
      // each stated field holds in every year
      for (const d of days) expect([...holidayPlaceholder(id)].every((ch, i) => ch === 'X' || ch === '-' || ch === d[i])).toBe(true);
    }
  });
});
