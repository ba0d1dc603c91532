// Indexes built once per bundle (memoized by the caller): events in time order, positions by id, documents by id,
// facet postings (person / country → event positions) and each event's first and last report. Components read
// these; none scans all events per render.
import type { BundledDocument, CorpusBundle, TimelineEvent } from '../../pipeline/types';
import { countryName } from './countries';
import { firstReport, lastPublished, type FirstReport } from './reports';

export interface FacetValue {
  value: string;
  label: string;
  /** What else tells the value apart, e.g. the person's roles at the dates of their events. */
  detail?: string;
  /** Positions (in `events`) of the events carrying this value, ascending. */
  postings: readonly number[];
}

export interface EventIndex {
  version: string;
  /** Sorted by date.from, then id (the bundle's order, re-established defensively). */
  events: readonly TimelineEvent[];
  position: ReadonlyMap<string, number>;
  documents: ReadonlyMap<string, BundledDocument>;
  aliases: Readonly<Record<string, string>>;
  people: readonly FacetValue[];
  countries: readonly FacetValue[];
  /** By position: the first report (null = no source has a report date) and the last source's publication day. */
  firstReports: readonly (FirstReport | null)[];
  lastPublished: readonly (string | null)[];
}

type FacetKey = { value: string; label: string; detail?: string | undefined };

function facet(events: readonly TimelineEvent[], keys: (e: TimelineEvent) => FacetKey[]): FacetValue[] {
  const map = new Map<string, { label: string; details: Set<string>; postings: number[] }>();
  events.forEach((event, i) => {
    for (const { value, label, detail } of keys(event)) {
      const entry = map.get(value) ?? map.set(value, { label, details: new Set(), postings: [] }).get(value)!;
      if (detail) entry.details.add(detail);
      if (entry.postings.at(-1) !== i) entry.postings.push(i);
    }
  });
  return [...map]
    .map(([value, { label, details, postings }]) => ({ value, label, postings, ...(details.size ? { detail: [...details].join(', ') } : {}) }))
    .sort((a, b) => b.postings.length - a.postings.length || a.label.localeCompare(b.label));
}

export function buildIndex(bundle: CorpusBundle): EventIndex {
  const events = [...bundle.events].sort((a, b) => a.date.from.localeCompare(b.date.from) || a.id.localeCompare(b.id));
  const mentionNames = new Map<string, string>();
  for (const doc of bundle.documents)
    for (const m of doc.mentions) if (m.kind === 'country' && m.country && !mentionNames.has(m.country)) mentionNames.set(m.country, m.name);
  return {
    version: bundle.version,
    events,
    position: new Map(events.map((e, i) => [e.id, i])),
    documents: new Map(bundle.documents.map((d) => [d.id, d])),
    aliases: bundle.aliases,
    people: facet(events, (e) => e.actors.map((a) => ({ value: a.id, label: a.name, detail: a.role }))),
    countries: facet(events, (e) => e.countries.map((c) => ({ value: c, label: countryName(c, mentionNames.get(c)) }))),
    firstReports: events.map((e) => firstReport(e.sources)),
    lastPublished: events.map(lastPublished),
  };
}

export type Resolved = { id: string; via: 'id' | 'alias' } | null;

/** An event id as given in a link: itself, or the event that absorbed it (following alias chains), or null. */
export function resolveEventId(index: EventIndex, id: string): Resolved {
  if (index.position.has(id)) return { id, via: 'id' };
  let current = id;
  for (let hops = 0; hops < 16 && index.aliases[current] !== undefined; hops++) {
    current = index.aliases[current]!;
    if (index.position.has(current)) return { id: current, via: 'alias' };
  }
  return null;
}
