// Facet filtering over the prebuilt postings: AND across facets, OR within one. Each facet's counts are computed under
// all the *other* filters, so a count says how many events picking that value would add. O(events + postings).
import type { EventIndex, FacetValue } from '../../../lib/event-index';
import type { DayRange } from '../../../lib/url-state';

export interface Filters {
  people: readonly string[];
  countries: readonly string[];
  dates: DayRange | null;
  /** Positions matching the text search; null = no search. */
  hits: ReadonlySet<number> | null;
  /** "As known on": only events reported by this day (their first report published on or before it). */
  known: string | null;
  /** By position: the days each event covers on the chosen axis (the date range tests these); null = undated. */
  placed: readonly ({ from: string; to: string } | null)[];
}

export interface FilterResult {
  /** Matching positions, ascending (so in time order). */
  positions: number[];
  matches: Uint8Array;
  peopleCounts: ReadonlyMap<string, number>;
  countryCounts: ReadonlyMap<string, number>;
}

function facetMask(n: number, facet: readonly FacetValue[], chosen: readonly string[]): Uint8Array {
  const mask = new Uint8Array(n);
  if (chosen.length === 0) return mask.fill(1);
  const wanted = new Set(chosen);
  for (const value of facet) if (wanted.has(value.value)) for (const i of value.postings) mask[i] = 1;
  return mask;
}

function counts(facet: readonly FacetValue[], mask: Uint8Array): Map<string, number> {
  return new Map(facet.map((v) => [v.value, v.postings.reduce((sum, i) => sum + mask[i]!, 0)]));
}

export function applyFilters(index: EventIndex, filters: Filters): FilterResult {
  const n = index.events.length;
  // `rest` = everything except the two facets: search, date range and "as known on".
  const { dates, hits, known, placed } = filters;
  const rest = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const d = placed[i];
    const inDates = !dates || (!!d && d.to >= dates.from && d.from <= dates.to);
    const first = index.firstReports[i]?.date.from;
    const knownThen = known === null || (first !== undefined && first <= known);
    rest[i] = inDates && knownThen && (!hits || hits.has(i)) ? 1 : 0;
  }
  const people = facetMask(n, index.people, filters.people);
  const countries = facetMask(n, index.countries, filters.countries);
  const matches = new Uint8Array(n);
  const positions: number[] = [];
  for (let i = 0; i < n; i++) {
    if (rest[i]! & people[i]! & countries[i]!) {
      matches[i] = 1;
      positions.push(i);
    }
  }
  // A person's count is under the country facet (and the rest), a country's under the person facet.
  for (let i = 0; i < n; i++) {
    people[i] = people[i]! & rest[i]!;
    countries[i] = countries[i]! & rest[i]!;
  }
  return { positions, matches, peopleCounts: counts(index.people, countries), countryCounts: counts(index.countries, people) };
}
