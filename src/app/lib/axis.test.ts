import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../pipeline/types';
import { axisOrder, knownView, placements, rankedMatches } from './axis';
import { buildIndex } from './event-index';
import { testBundle, testEvent, testSource } from './test-bundle';

// Happened in order a, b, c; reported in order c, a, then b never (no known publication).
const withSources = (e: TimelineEvent, ...sources: TimelineEvent['sources']) => ({ ...e, sources });
const index = buildIndex(
  testBundle([
    withSources(testEvent('a', '2024-11-01'), testSource('d1', '2024-12-19', '2024-11-01')),
    withSources(testEvent('b', '2024-12-01'), testSource('d2', null)),
    withSources(testEvent('c', '2024-12-10', { to: '2024-12-20' }), testSource('d3', '2024-12-01..2024-12-07', '2024-12'), testSource('d4', '2025-01-13', '2024-12-10')),
  ]),
);
const ids = (order: Int32Array) => [...order].map((p) => index.events[p]!.id);

describe('knownView', () => {
  it('passes the events through when no day is set', () => expect(knownView(index, null).events).toBe(index.events));
  it('replaces only events known in part on the day', () => {
    const view = knownView(index, '2024-12-31');
    expect(view.events[0]).toBe(index.events[0]);
    expect([...view.partial.keys()]).toEqual([2]);
    expect(view.events[2]!.date.value).toBe('2024-12');
  });
});

describe('placements and axisOrder', () => {
  it('orders by when events happened', () => {
    const placed = placements(index, 'happened', index.events);
    expect(ids(axisOrder(index.events, placed).order)).toEqual(['a', 'b', 'c']);
  });
  it('orders by first report, events without a report date last', () => {
    const placed = placements(index, 'reported', index.events);
    expect(placed.map((d) => d?.from ?? null)).toEqual(['2024-12-19', null, '2024-12-01']);
    const { order, rank } = axisOrder(index.events, placed);
    expect(ids(order)).toEqual(['c', 'a', 'b']);
    expect([...rank]).toEqual([1, 2, 0]);
  });
  it('re-sorts when "as known on" moves a date', () => {
    const view = knownView(index, '2024-12-31');
    const moved = view.events.map((e, i) => (i === 2 ? { ...e, date: { ...e.date, from: '2024-10-01' } } : e));
    expect(ids(axisOrder(moved, placements(index, 'happened', moved)).order)).toEqual(['c', 'a', 'b']);
  });
});

describe('rankedMatches', () => {
  it('lists the ranks of the matching positions in axis order', () => {
    const order = axisOrder(index.events, placements(index, 'reported', index.events));
    expect(rankedMatches(order, Uint8Array.from([1, 1, 0]))).toEqual([1, 2]);
  });
});
