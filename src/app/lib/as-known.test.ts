import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../pipeline/types';
import { asKnownOn } from './as-known';
import { testEvent, testSource } from './test-bundle';

// Happened on 17 Jun 2025: an estimated page (window from 4 Jun) said "in June", a curated page of 17 Jun said "Tuesday".
const kananaskis = (): TimelineEvent => ({
  ...testEvent('k', '2025-06-17'),
  sources: [testSource('curated', '2025-06-17', '2025-06-17'), testSource('estimated', '2025-06-04..2025-10-21', '2025-06')],
});

describe('asKnownOn', () => {
  it('returns the event untouched when every report was out by the day', () => {
    const event = kananaskis();
    expect(asKnownOn(event, '2025-06-17')).toEqual({ event, later: 0, refinedTo: null });
  });
  it('is null before the first report', () => expect(asKnownOn(kananaskis(), '2025-06-03')).toBeNull());
  it('dates the event as the earlier reports did, and keeps the final date as the refinement', () => {
    const known = asKnownOn(kananaskis(), '2025-06-10')!;
    expect(known.event.sources.map((s) => s.docId)).toEqual(['estimated']);
    expect(known.event.date).toMatchObject({ value: '2025-06', granularity: 'month', from: '2025-06-01', to: '2025-06-30' });
    expect(known.later).toBe(1);
    expect(known.refinedTo?.value).toBe('2025-06-17');
  });
  it('keeps the final date when a remaining report states it', () => {
    const event = { ...kananaskis(), sources: [testSource('a', '2024-12-19', '2025-06-17'), testSource('b', '2025-01-13', '2025-06')] };
    expect(asKnownOn(event, '2024-12-31')).toMatchObject({ later: 1, refinedTo: null, event: { date: { value: '2025-06-17' } } });
  });
  it('takes the most precise of the remaining date words', () => {
    const event = { ...kananaskis(), sources: [testSource('a', '2025-01-01', '2025'), testSource('b', '2025-01-02', '2025-W25'), testSource('c', '2025-07-01', '2025-06-17')] };
    expect(asKnownOn(event, '2025-02-01')?.event.date).toMatchObject({ value: '2025-W25', granularity: 'week' });
  });
  it('treats a report without a known publication date as not known then', () => {
    const event = { ...kananaskis(), sources: [testSource('unknown', null, '2025-06-17'), testSource('later', '2025-07-01', '2025-06-17')] };
    expect(asKnownOn(event, '2025-06-30')).toBeNull();
  });
  it('places a reported-only event at its earliest remaining report', () => {
    const event: TimelineEvent = { ...testEvent('r', '2025-01-13'), dating: 'reported', sources: [testSource('a', '2025-01-02..2025-01-08'), testSource('b', '2025-01-13')] };
    expect(asKnownOn(event, '2025-01-10')).toMatchObject({ later: 1, event: { date: { from: '2025-01-02', to: '2025-01-08', estimated: true } } });
  });
  it('keeps the final date when no remaining report states any date', () => {
    const event = { ...kananaskis(), sources: [testSource('a', '2025-06-01'), testSource('b', '2025-06-20', '2025-06-17')] };
    expect(asKnownOn(event, '2025-06-10')).toMatchObject({ later: 1, refinedTo: null, event: { date: { value: '2025-06-17' } } });
  });
});
