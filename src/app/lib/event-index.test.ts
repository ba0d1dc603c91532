import { describe, expect, it } from 'vitest';
import { buildIndex, resolveEventId } from './event-index';
import { sample } from './test-bundle';

describe('buildIndex', () => {
  const index = buildIndex(sample());
  it('orders events by start date, then id', () => {
    expect(index.events.map((e) => e.id)).toEqual(['e-us', 'e-dec', 'e-han', 'e-lee']);
    expect(index.position.get('e-han')).toBe(2);
  });
  it('builds person postings with names, most frequent first', () => {
    expect(index.people.map((p) => [p.label, p.postings])).toEqual([
      ['Han Duck-soo', [1, 2]],
      ['Shigeru Ishiba', [2, 3]],
      ['Lee Jae-myung', [3]],
    ]);
  });
  it("lists each person's roles at the dates of their events", () => {
    expect(index.people.map((p) => [p.label, p.detail])).toEqual([
      ['Han Duck-soo', 'prime minister, acting president'],
      ['Shigeru Ishiba', 'prime minister'],
      ['Lee Jae-myung', undefined],
    ]);
  });
  it('names countries and keeps their codes', () => {
    expect(index.countries.map((c) => [c.value, c.label, c.postings.length])).toEqual([
      ['KR', 'South Korea', 3],
      ['JP', 'Japan', 2],
      ['US', 'United States', 1],
    ]);
  });
});

describe('resolveEventId', () => {
  const index = buildIndex(sample());
  it('finds an event by id', () => expect(resolveEventId(index, 'e-lee')).toEqual({ id: 'e-lee', via: 'id' }));
  it('follows alias chains to the absorbing event', () => expect(resolveEventId(index, 'e-older')).toEqual({ id: 'e-han', via: 'alias' }));
  it('returns null for unknown ids and dangling aliases', () => {
    expect(resolveEventId(index, 'nope')).toBeNull();
    expect(resolveEventId(index, 'e-gone')).toBeNull();
  });
});
