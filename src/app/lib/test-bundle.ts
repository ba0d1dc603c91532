// Small hand-made bundles for unit tests of the app's pure modules (never shipped).
import type { CorpusBundle, EventSource, Granularity, PublicationContext, TimelineEvent } from '../../pipeline/types';

const context = { value: '2024-12-19', from: '2024-12-19', to: '2024-12-19', provenance: 'stated' as const, note: 'stated on the page' };

export function testEvent(id: string, from: string, opts: { to?: string; granularity?: Granularity; title?: string; actors?: [id: string, name: string, role?: string][]; countries?: string[]; sentence?: string } = {}): TimelineEvent {
  const sentence = opts.sentence ?? opts.title ?? `Event ${id}`;
  return {
    id,
    title: opts.title ?? `Event ${id}`,
    date: { value: from, granularity: opts.granularity ?? 'day', from, to: opts.to ?? from, estimated: false },
    dating: 'happened',
    actors: (opts.actors ?? []).map(([aid, name, role]) => ({ id: aid, name, ...(role ? { role } : {}) })),
    countries: opts.countries ?? [],
    docId: 'doc-1',
    start: 0,
    end: sentence.length,
    sources: [{ docId: 'doc-1', start: 0, end: sentence.length, sentence, evidence: null, context }],
    rule: 'test',
    reason: 'test event',
  };
}

export function testBundle(events: TimelineEvent[], aliases: Record<string, string> = {}): CorpusBundle {
  return { version: 'test', documents: [], events, aliases };
}

const ISHIBA: [string, string] = ['Q1', 'Shigeru Ishiba'];
const HAN: [string, string] = ['Q2', 'Han Duck-soo'];
const LEE: [string, string] = ['Q3', 'Lee Jae-myung'];

/** Four events across two people facets and three countries, one of them a month-long range. */
export const sample = () =>
  testBundle(
    [
      testEvent('e-lee', '2025-06-17', { actors: [LEE, ISHIBA], countries: ['JP', 'KR'], title: 'Lee and Ishiba meet at the G7 summit' }),
      testEvent('e-han', '2024-12-19', { actors: [[...HAN, 'acting president'], [...ISHIBA, 'prime minister']], countries: ['JP', 'KR'], title: 'Han and Ishiba hold phone talks' }),
      testEvent('e-dec', '2024-12-01', { to: '2024-12-31', granularity: 'month', actors: [[...HAN, 'prime minister']], countries: ['KR'], title: 'Impeachment vote in December' }),
      testEvent('e-us', '2024-11-15', { countries: ['US'], title: 'APEC summit in Lima', sentence: 'Leaders met on the sidelines of the APEC summit in Peru.' }),
    ],
    { 'e-old': 'e-han', 'e-older': 'e-old', 'e-gone': 'e-missing' },
  );

/** A publication context: a day (`2024-12-19`), an estimated window (`2025-08-08..2025-08-14`), or unknown (null). */
export function testContext(when: string | null): PublicationContext {
  if (when === null) return { value: null, from: null, to: null, provenance: 'unknown', note: 'no date' };
  const [from, to] = when.split('..') as [string, string?];
  return to ? { value: null, from, to, provenance: 'estimated', note: 'window' } : { value: from, from, to: from, provenance: 'curated', note: 'curated' };
}

/** A report of an event in `docId`, published `when` (see testContext), dated by `value` when given. */
export function testSource(docId: string, when: string | null, value?: string, estimated = false): EventSource {
  const evidence = value ? { text: value, start: 0, end: value.length, value, resolution: { rule: 'test', reason: 'test', anchor: { value: null, source: 'none' as const, provenance: 'unknown' as const }, estimated } } : null;
  return { docId, start: 0, end: 10, sentence: `${docId} reports it`, evidence, context: testContext(when) };
}
