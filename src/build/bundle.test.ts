import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { buildBundle } from './bundle';

describe('buildBundle', () => {
  const docs = loadCorpus('src/corpus/documents');
  it('is deterministic: the same corpus gives the same bytes and version', () => {
    expect(JSON.stringify(buildBundle(docs))).toBe(JSON.stringify(buildBundle(docs)));
  });
  it('ships every document with its text verbatim and events sorted by date', () => {
    const bundle = buildBundle(docs);
    expect(bundle.documents.map((d) => d.text)).toEqual(docs.map((d) => d.text));
    const froms = bundle.events.map((e) => e.date.from);
    expect(froms).toEqual([...froms].sort());
  });
  it('anchors a curated document on its curated date and leaves an undated one to the pipeline', () => {
    const bundle = buildBundle(docs);
    expect(bundle.documents.find((d) => d.id === 'seed-000')!.dct).toMatchObject({ value: '2025-06-17', provenance: 'curated' });
    expect(bundle.documents.find((d) => d.id === 'seed-003')!.dct.provenance).not.toBe('curated');
  });
});
