import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import gold from '../fixtures/seed-gold.json';
import { context, tag } from './testing';

// Every gold timex of the seed pages' main stories (src/pipeline/fixtures/seed-gold.json), tagged with one main block
// carrying the curated anchor — or, for page 003, the estimated window. Text is matched at its first occurrence at or
// after the previous expression (and after its "after" phrase, when given).

interface GoldTimex { text: string; after?: string; value: string; optional?: boolean }
interface GoldPage { file: string; mainStory: { anchor: string } | null; estimatedWindow?: { from: string; to: string }; timexes: GoldTimex[] }

const documentText = (file: string) => {
  const id = `seed-${file.slice(0, 3)}`;
  return (JSON.parse(readFileSync(join(__dirname, '../../corpus/documents', `${id}.json`), 'utf8')) as { text: string }).text;
};

describe.each((gold.pages as GoldPage[]).filter((p) => p.timexes.length > 0).map((p) => [p.file, p] as const))('seed page %s', (_, page) => {
  const text = documentText(page.file);
  const ctx = page.mainStory ? context(page.mainStory.anchor) : context(null, [page.estimatedWindow!.from, page.estimatedWindow!.to]);
  const timexes = tag(text, ctx);
  let cursor = 0;
  for (const g of page.timexes) {
    const from = g.after ? text.indexOf(g.after, cursor) + g.after.length : cursor;
    const start = text.indexOf(g.text, from);
    cursor = start + g.text.length;
    it(`'${g.text}' at ${start} is ${g.value}${g.optional ? ' (optional)' : ''}`, () => {
      expect(start).toBeGreaterThanOrEqual(0);
      const hit = timexes.find((t) => t.start <= start && t.end >= start + g.text.length);
      if (g.optional && !hit) return;
      expect(hit, `no timex covers '${g.text}'`).toBeDefined();
      expect(hit!.value).toBe(g.value);
      expect(hit!.resolution.reason).toContain(g.value);
      if (!page.mainStory && !/^\d{4}$/.test(g.text)) expect(hit!.resolution.estimated).toBe(true);
    });
  }
});
