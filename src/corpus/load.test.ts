import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseDocument } from './load';

const good = {
  id: 'doc-1',
  title: 'A title',
  source: 'a.txt',
  publication: { date: '2024-12-19', provenance: 'stated', note: 'page says so' },
  text: 'Han met Ishiba on Thursday.',
};
const parse = (doc: unknown, file = 'documents/doc-1.json') => () => parseDocument(file, JSON.stringify(doc));

describe('parseDocument', () => {
  it('accepts a valid document', () => {
    expect(parseDocument('documents/doc-1.json', JSON.stringify(good)).title).toBe('A title');
  });
  it('names the file and the field of a missing title', () => {
    const { title: _, ...rest } = good;
    expect(parse(rest)).toThrow(/documents\/doc-1\.json: title: /);
  });
  it('rejects an impossible date, naming publication.date', () => {
    expect(parse({ ...good, publication: { ...good.publication, date: '2025-02-30' } })).toThrow(
      /doc-1\.json: publication\.date: not a calendar day .*2025-02-30/,
    );
  });
  it('rejects a date with provenance unknown, and a missing date with provenance curated', () => {
    expect(parse({ ...good, publication: { ...good.publication, provenance: 'unknown' } })).toThrow(/publication: date must be null/);
    expect(parse({ ...good, publication: { date: null, provenance: 'curated', note: 'x' } })).toThrow(/publication: date must be null/);
  });
  it('rejects text that was not decoded as UTF-8, and unknown fields', () => {
    expect(parse({ ...good, text: 'bad \uFFFD byte' })).toThrow(/doc-1\.json: text: contains U\+FFFD/);
    expect(parse({ ...good, extra: 1 })).toThrow(/doc-1\.json: extra: /);
  });
  it('rejects an id that differs from the file name, and broken JSON', () => {
    expect(parse(good, 'documents/other.json')).toThrow(/other\.json: id: must equal the file name 'other'/);
    expect(() => parseDocument('documents/x.json', '{"id":')).toThrow(/x\.json: not valid JSON/);
  });
});

describe('loadCorpus', () => {
  it('loads the bundled seed corpus', () => {
    const docs = loadCorpus('src/corpus/documents');
    expect(docs.map((d) => d.id)).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
    expect(docs.find((d) => d.id === 'seed-002')!.text).toContain('Update: 2024-12-19 08:21 GMT');
  });
  it('reports every bad file, and invalid UTF-8 by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'doc-1.json'), JSON.stringify({ ...good, title: '' }));
    writeFileSync(join(dir, 'doc-2.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(() => loadCorpus(dir, dir)).toThrow(/doc-1\.json: title: must not be empty\ndoc-2\.json: not valid UTF-8/);
  });
});
