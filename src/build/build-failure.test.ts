// A bad corpus document fails the real production build (Vite's build() with this project's config) naming the
// file, the field and the reason, and leaves the output folder as it was: absent, or holding the previous build.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

const DOCS = resolve('src/corpus/documents');
const seed = () => JSON.parse(readFileSync(join(DOCS, 'seed-001.json'), 'utf8')) as Record<string, unknown> & { publication: Record<string, unknown> };

/** Each case breaks the corpus copy in `dir` and names the file, field and reason the build must report. */
const CASES: { name: string; breakIt(dir: string): void; file: string; field: string; reason: RegExp }[] = [
  { name: 'a missing field', file: 'seed-001.json', field: 'title', reason: /Invalid key|received undefined/i,
    breakIt: (dir) => { const { title: _, ...doc } = seed(); writeFileSync(join(dir, 'seed-001.json'), JSON.stringify(doc)); } },
  { name: 'a wrong field type', file: 'seed-001.json', field: 'publication.provenance', reason: /Invalid type|Expected/i,
    breakIt: (dir) => { const doc = seed(); doc.publication.provenance = 3; writeFileSync(join(dir, 'seed-001.json'), JSON.stringify(doc)); } },
  { name: 'an impossible date', file: 'seed-001.json', field: 'publication.date', reason: /not a calendar day/,
    breakIt: (dir) => { const doc = seed(); doc.publication.date = '2024-02-30'; writeFileSync(join(dir, 'seed-001.json'), JSON.stringify(doc)); } },
  { name: 'bad encoding', file: 'seed-001.json', field: '', reason: /not valid UTF-8/,
    breakIt: (dir) => writeFileSync(join(dir, 'seed-001.json'), Buffer.concat([Buffer.from('{"id":"seed-001","title":"caf'), Buffer.from([0xe9]), Buffer.from('"}')])) },
  { name: 'a duplicated id', file: 'seed-009.json', field: 'id', reason: /must equal the file name/,
    breakIt: (dir) => cpSync(join(DOCS, 'seed-001.json'), join(dir, 'seed-009.json')) },
];

const temps: string[] = [];
const temp = (what: string) => {
  const dir = mkdtempSync(join(tmpdir(), `dateline-${what}-`));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.DATELINE_CORPUS;
});

async function buildError(corpus: string, outDir: string): Promise<string> {
  process.env.DATELINE_CORPUS = corpus;
  const result = await build({ configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } }).then(
    () => 'built',
    (e: Error) => e.message,
  );
  return result;
}

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('a bad corpus document fails the production build', () => {
  it.each(CASES)('$name: names file, field and reason; writes nothing', async ({ breakIt, file, field, reason }) => {
    const corpus = temp('corpus');
    cpSync(DOCS, corpus, { recursive: true });
    breakIt(corpus);
    const outDir = join(temp('out'), 'dist');
    const message = await buildError(corpus, outDir);
    expect(message).toMatch(new RegExp(`${file.replace('.', '\\.')}: ${field ? `${field.replace('.', '\\.')}: ` : ''}`));
    expect(message).toMatch(reason);
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);

  it('leaves a previous build in the output folder intact', async () => {
    const corpus = temp('corpus');
    cpSync(DOCS, corpus, { recursive: true });
    CASES[2]!.breakIt(corpus);
    const outDir = temp('out');
    mkdirSync(join(outDir, 'data'));
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
    writeFileSync(join(outDir, 'data', 'corpus.json'), '{"version":"previous"}');
    const before = listing(outDir);
    expect(await buildError(corpus, outDir)).toMatch(/seed-001\.json: publication\.date: not a calendar day/);
    expect(listing(outDir)).toEqual(before);
    expect(readFileSync(join(outDir, 'data', 'corpus.json'), 'utf8')).toBe('{"version":"previous"}');
  }, 60_000);
});
