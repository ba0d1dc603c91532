import { describe, expect, it } from 'vitest';
import { firstReport, lastPublished, publishedOn, reportDate } from './reports';
import { testContext, testEvent, testSource } from './test-bundle';

describe('reportDate', () => {
  it('is the day of a known publication', () =>
    expect(reportDate(testContext('2024-12-19'))).toMatchObject({ from: '2024-12-19', to: '2024-12-19', granularity: 'day', estimated: false }));
  it('is the exact window of an estimated one, not rounded to its month', () =>
    expect(reportDate(testContext('2025-08-08..2025-08-14'))).toMatchObject({ from: '2025-08-08', to: '2025-08-14', granularity: 'unknown', estimated: true }));
  it('is null for an unknown publication', () => expect(reportDate(testContext(null))).toBeNull());
  it('is null for a window wider than a year', () => expect(reportDate(testContext('2023-01-01..2025-01-01'))).toBeNull());
});

describe('publishedOn', () => {
  it("counts a window from its first day", () => expect(publishedOn(testContext('2025-08-08..2025-08-14'))).toBe('2025-08-08'));
  it('is null when unknown', () => expect(publishedOn(testContext(null))).toBeNull());
});

describe('firstReport', () => {
  it('picks the earliest publication, whatever the order of the sources', () => {
    const sources = [testSource('late', '2025-01-13'), testSource('early', '2024-12-19'), testSource('none', null)];
    expect(firstReport(sources)?.source.docId).toBe('early');
  });
  it('prefers a known day to a window starting the same day', () => {
    expect(firstReport([testSource('window', '2024-12-19..2024-12-25'), testSource('day', '2024-12-19')])?.source.docId).toBe('day');
  });
  it('is null when no source has a report date', () => expect(firstReport([testSource('none', null)])).toBeNull());
});

describe('lastPublished', () => {
  it('is the latest publication day of the sources', () => {
    const event = { ...testEvent('e', '2024-12-03'), sources: [testSource('a', '2024-12-19'), testSource('b', '2025-06-04..2025-10-21'), testSource('c', null)] };
    expect(lastPublished(event)).toBe('2025-06-04');
  });
  it('is null without dated sources', () => expect(lastPublished({ ...testEvent('e', '2024-12-03'), sources: [testSource('c', null)] })).toBeNull());
});
