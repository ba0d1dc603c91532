import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, pipelineInput } from '../../corpus/load';
import gold from '../fixtures/seed-gold.json';
import { analyzeDocument } from '../pipeline';
import type { Block, PipelineInput } from '../types';
import { segmentPage } from './index';

// Acceptance on the seed pages (issue 5): teasers keep their own context, boilerplate yields no event, the page
// without a date and the page with its curated date removed get windows inside the public-record windows.

const dir = join(__dirname, '../../corpus/documents');
const docs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => parseDocument(f, readFileSync(join(dir, f), 'utf8')));
const doc = (file: string) => docs.find((d) => d.source === file)!;
const input = (file: string, keepDate = true): PipelineInput => (keepDate ? pipelineInput(doc(file)) : { ...pipelineInput(doc(file)), supplied: null });
const within = (b: Block, at: number) => at >= b.start && at < b.end;
const analyses = new Map<string, ReturnType<typeof analyzeDocument>>();
const analysis = (file: string) => analyses.get(file) ?? analyses.set(file, analyzeDocument(input(file))).get(file)!;
/** The whole pipeline loads slowly on a busy machine the first time. */
const SLOW = 60_000;
/** Offset of `text` at its first occurrence after `after` (or anywhere). */
const find = (page: string, text: string, after?: string) => page.indexOf(text, after ? page.indexOf(after) + after.length - 1 : 0);

describe.each(gold.pages.map((p) => [p.file, p] as const))('seed %s', (file, page) => {
  const { text } = doc(file);
  const { blocks, dct } = segmentPage(input(file));

  it('blocks cover the page in order', () => {
    expect(blocks[0]!.start).toBe(0);
    expect(blocks.at(-1)!.end).toBe(text.length);
    blocks.slice(1).forEach((b, i) => expect(b.start).toBe(blocks[i]!.end));
  });

  it('finds the main story where the gold says it starts, or none', () => {
    const main = blocks.filter((b) => b.kind === 'main');
    if (page.mainStory === null) return void expect(main).toEqual([]);
    expect(text.slice(main[0]!.start).startsWith(page.mainStory.startsWith)).toBe(true);
    expect(dct.value).toBe(page.mainStory.anchor);
    expect(new Set(main.map((b) => b.story)).size).toBe(1);
  });

  it.each(page.teaserConstraints.map((c) => [c.text, c] as const))('teaser expression %s is not anchored on the main story', (_, c) => {
    const at = find(text, c.text, c.after);
    expect(at).toBeGreaterThan(-1);
    const block = blocks.find((b) => within(b, at))!;
    expect(block.kind).not.toBe('main');
    expect(block.context.value === null || !c.mustNotBe.some((v) => v.startsWith(block.context.value!))).toBe(true);
    const timexes = analysis(file).timexes.filter((t) => t.start <= at && t.end > at);
    for (const t of timexes) expect(c.mustNotBe).not.toContain(t.value);
  }, SLOW);

  it('no boilerplate line yields an event', () => {
    const events = analysis(file).events;
    for (const e of events) expect(blocks.find((b) => within(b, e.start))!.kind).not.toBe('boilerplate');
  }, SLOW);
});

describe('estimated windows on the seeds', () => {
  it('003 (no date): the page and every story lie within 2025-06-04…2025-10-21', () => {
    const { dct, blocks } = segmentPage(input('003_82b43b2dbdc5f7a9.txt'));
    const { from, to } = gold.pages.find((p) => p.file.startsWith('003'))!.estimatedWindow!;
    for (const c of [dct, ...blocks.filter((b) => b.story >= 0).map((b) => b.context)]) {
      expect(c.provenance).toBe('estimated');
      expect(c.from! >= from && c.to! <= to, `${c.from}…${c.to}`).toBe(true);
    }
    expect(new Set(blocks.map((b) => b.story)).size).toBeGreaterThanOrEqual(9);
  });

  it('004 with its curated date removed: the estimate contains 2024-11-15 and names its clues', () => {
    const { dct } = segmentPage(input('004_68420b1d78325d2c.txt', false));
    expect(dct.provenance).toBe('estimated');
    expect(dct.from! <= '2024-11-15' && dct.to! >= '2024-11-15').toBe(true);
    expect(dct.from! >= '2024-11-06').toBe(true);
    expect(dct.clues!.map((c) => c.text)).toContain('President-elect Donald Trump');
    expect(dct.confidence).toBeGreaterThan(0);
  });

  it('002 states its date: the page context is stated, with the stamp as the note', () => {
    const { dct } = segmentPage(input('002_ca6a157397aa7609.txt', false));
    expect(dct).toMatchObject({ value: '2024-12-19', provenance: 'stated' });
    expect(dct.note).toContain('Update: 2024-12-19 08:21 GMT');
  });
});
