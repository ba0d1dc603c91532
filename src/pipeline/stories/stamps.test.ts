import { describe, expect, it } from 'vitest';
import { findStamp, parseStatedDate, STAMPS } from './stamps';

describe('parseStatedDate', () => {
  it.each([
    ['Update: 2024-12-19 08:21 GMT', '2024-12-19'],
    ['Thursday, 19 December 2024', '2024-12-19'],
    ['Posted on Jan. 3, 2025', '2025-01-03'],
    ['Sept 30th, 2025', '2025-09-30'],
  ])('%s → %s', (text, iso) => expect(parseStatedDate(text)).toBe(iso));
  it('rejects impossible and partial dates', () => {
    expect(parseStatedDate('February 30, 2025')).toBeNull();
    expect(parseStatedDate('Dec. 19')).toBeNull();
    expect(parseStatedDate('in 2024')).toBeNull();
  });
});

describe('findStamp', () => {
  it('every rule recognises its examples and none of its negatives', () => {
    for (const rule of STAMPS) {
      for (const example of rule.examples) expect(findStamp(example)?.rule.id, example).toBe(rule.id);
      for (const negative of rule.negatives) expect(findStamp(negative)?.rule.id, negative).not.toBe(rule.id);
    }
  });
  it('gives the stated day and the length of the stamp', () => {
    expect(findStamp('Update: 2024-12-19 08:21 GMT')).toMatchObject({ date: '2024-12-19', length: 28 });
    const line = 'SEOUL, Dec. 19, 2024 (Yonhap) -- North Korea fired';
    const press = findStamp('WASHINGTON, March 3, 2025 /PRNewswire/ -- Acme today announced');
    expect(press).toMatchObject({ date: '2025-03-03', rule: { id: 'dateline.with-date' } });
    expect(press?.length).toBe('WASHINGTON, March 3, 2025 /PRNewswire/ -- '.length);
    expect(findStamp(line)?.date).toBe('2024-12-19');
    expect(findStamp('SEOUL, Dec. 19 (Yonhap) -- North Korea fired')?.date ?? null).toBeNull();
  });
  it('finds a dateline without a date and ordinary sentences are not stamps', () => {
    expect(findStamp('Seoul (The Uttam Hindu): South Korea said')).toMatchObject({ date: null, length: 'Seoul (The Uttam Hindu): '.length });
    expect(findStamp('The meeting took place on Tuesday in Kananaskis.')).toBeUndefined();
    expect(findStamp('South Korea and Japan have agreed to deepen their cooperation.')).toBeUndefined();
  });
});
