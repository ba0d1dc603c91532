import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import type { CorpusBundle } from '../pipeline/types';
import { buildBundle } from './bundle';

describe('buildBundle', () => {
  const docs = loadCorpus('src/corpus/documents');
  let first: CorpusBundle;
  let second: CorpusBundle;
  beforeAll(() => {
    first = buildBundle(docs);
    second = buildBundle(docs);
  }, 60_000);

  it('is deterministic: the same corpus gives the same bytes and version', () => {
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
  it('ships every document with its text verbatim and events sorted by date', () => {
    expect(first.documents.map((d) => d.text)).toEqual(docs.map((d) => d.text));
    const froms = first.events.map((e) => e.date.from);
    expect(froms).toEqual([...froms].sort());
  });
  it('anchors a curated document on its curated date and leaves an undated one to the pipeline', () => {
    expect(first.documents.find((d) => d.id === 'seed-000')!.dct).toMatchObject({ value: '2025-06-17', provenance: 'curated' });
    expect(first.documents.find((d) => d.id === 'seed-003')!.dct.provenance).not.toBe('curated');
  });
  it('resolves every alias to a shipped event', () => {
    const ids = new Set(first.events.map((e) => e.id));
    for (const target of Object.values(first.aliases)) expect(ids.has(target)).toBe(true);
  });
});
