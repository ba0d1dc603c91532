import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/event-index';
import { sample } from '../../../lib/test-bundle';
import { applyFilters, type Filters } from './filter';

const index = buildIndex(sample());
const none: Filters = { people: [], countries: [], dates: null, hits: null, known: null, placed: index.events.map((e) => e.date) };
const ids = (f: Partial<Filters>) => applyFilters(index, { ...none, ...f }).positions.map((i) => index.events[i]!.id);

describe('applyFilters', () => {
  it('keeps everything without filters, in time order', () => {
    expect(ids({})).toEqual(['e-us', 'e-dec', 'e-han', 'e-lee']);
  });
  it('ORs values within the person facet', () => {
    expect(ids({ people: ['Q1'] })).toEqual(['e-han', 'e-lee']);
    expect(ids({ people: ['Q1', 'Q2'] })).toEqual(['e-dec', 'e-han', 'e-lee']);
  });
  it('ANDs across facets', () => {
    expect(ids({ people: ['Q2'], countries: ['JP'] })).toEqual(['e-han']);
    expect(ids({ people: ['Q3'], countries: ['US'] })).toEqual([]);
  });
  it('keeps events overlapping the date range, ranges included', () => {
    expect(ids({ dates: { from: '2024-12-10', to: '2024-12-20' } })).toEqual(['e-dec', 'e-han']);
  });
  it('tests the date range against the days on the chosen axis, and drops undated events from it', () => {
    const placed = [{ from: '2025-01-02', to: '2025-01-02' }, null, { from: '2024-12-19', to: '2024-12-19' }, { from: '2025-06-17', to: '2025-06-17' }];
    expect(ids({ placed, dates: { from: '2025-01-01', to: '2025-12-31' } })).toEqual(['e-us', 'e-lee']);
    expect(ids({ placed })).toEqual(['e-us', 'e-dec', 'e-han', 'e-lee']);
  });
  it('keeps only events first reported on or before the "as known on" day', () => {
    // Every sample event is reported on 2024-12-19 (its test context).
    expect(ids({ known: '2024-12-18' })).toEqual([]);
    expect(ids({ known: '2024-12-19' })).toEqual(['e-us', 'e-dec', 'e-han', 'e-lee']);
    expect(applyFilters(index, { ...none, known: '2024-12-18' }).peopleCounts.get('Q1')).toBe(0);
  });
  it('intersects with search hits', () => {
    expect(ids({ hits: new Set([0, 3]), countries: ['JP'] })).toEqual(['e-lee']);
  });
  it('counts each facet value under the other filters only', () => {
    const r = applyFilters(index, { ...none, people: ['Q3'], countries: ['KR'] });
    // people counts ignore the person choice (Lee) but respect KR: Han 2, Ishiba 2, Lee 1
    expect(Object.fromEntries(r.peopleCounts)).toEqual({ Q2: 2, Q1: 2, Q3: 1 });
    // country counts ignore the KR choice but respect Lee: KR 1, JP 1, US 0
    expect(Object.fromEntries(r.countryCounts)).toEqual({ KR: 1, JP: 1, US: 0 });
  });
});
