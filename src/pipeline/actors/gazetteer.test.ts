import { describe, expect, it } from 'vitest';
import { buildGazetteer, countries, people, roles } from './gazetteer';

const role = { id: 'president', titles: ['President'], label: 'president' };
const country = { code: 'KR', name: 'South Korea', aliases: [], demonyms: [], capitals: [] };
const person = (over: object = {}) => ({
  id: 'Q1', name: 'A B', aliases: [], surnames: ['B'],
  roles: [{ role: 'president', country: 'KR', from: '2020-01-01', to: null }], ...over,
});

describe('gazetteer tables', () => {
  it('loads the shipped data with unique ids', () => {
    expect(people.length).toBeGreaterThan(10);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    expect(roles.find((r) => r.id === 'acting-president')?.label).toBe('acting president');
  });

  it('accepts a well-formed minimal table', () => {
    expect(buildGazetteer({ roles: [role], countries: [country], people: [person()] }).people[0]?.name).toBe('A B');
  });

  it.each([
    ['a non-QID id', person({ id: 'X1' }), /people\[0\] "X1"/],
    ['a guessed non-QID id', person({ id: 'Q12x' }), /QID or local/],
    ['an unknown role', person({ roles: [{ role: 'king', country: 'KR', from: null, to: null }] }), /unknown role "king"/],
    ['an unknown country', person({ roles: [{ role: 'president', country: 'ZZ', from: null, to: null }] }), /unknown country "ZZ"/],
    ['a tenure ending before it starts', person({ roles: [{ role: 'president', country: 'KR', from: '2025-01-02', to: '2025-01-01' }] }), /ends before/],
    ['a bad date', person({ roles: [{ role: 'president', country: 'KR', from: '2025-13-01', to: null }] }), /YYYY-MM-DD/],
  ])('throws naming the entry for %s', (_, bad, message) => {
    expect(() => buildGazetteer({ roles: [role], countries: [country], people: [bad] })).toThrow(message);
  });

  it('throws on a duplicate id, naming it', () => {
    expect(() => buildGazetteer({ roles: [role], countries: [country], people: [person(), person()] })).toThrow(/duplicate id people\[1\] "Q1"/);
    expect(() => buildGazetteer({ roles: [role, role], countries: [country], people: [] })).toThrow(/duplicate id roles\[1\] "president"/);
  });

  it('throws when a role includes an unknown role, and accepts EU offices', () => {
    expect(() => buildGazetteer({ roles: [{ ...role, includes: ['king'] }], countries: [country], people: [] })).toThrow(/role "president" refers to unknown role "king"/);
    const eu = person({ roles: [{ role: 'president', country: 'EU', from: null, to: null }] });
    expect(buildGazetteer({ roles: [role], countries: [country], people: [eu] }).people).toHaveLength(1);
  });
});
