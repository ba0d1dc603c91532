// The seed gold through the CLI, as a user runs it: each page with its anchor as --dct (batch mode, one process).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import gold from '../pipeline/fixtures/seed-gold.json';

interface GoldTimex { text: string; after?: string; type: string; value: string; optional?: boolean }
interface OutTimex { text: string; start: number; end: number; type: string; value: string }

const pages = gold.pages.filter((p) => p.mainStory !== null && p.timexes.length > 0);
const texts = pages.map((p) => {
  const id = `seed-${p.file.slice(0, 3)}`;
  return { id, dct: p.mainStory!.anchor, text: JSON.parse(readFileSync(`src/corpus/documents/${id}.json`, 'utf8')).text as string };
});

function runBatch() {
  const input = texts.map((t) => JSON.stringify(t)).join('\n') + '\n';
  const r = spawnSync('npx', ['tsx', 'src/cli/extract.ts', '--jsonl'], { input, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; timexes: OutTimex[] });
}

/** Where the gold expression is: after its `after` words if given, else its first occurrence after the previous one. */
function locate(text: string, g: GoldTimex, from: number): number {
  const anchor = g.after ? text.indexOf(g.after, from) + g.after.length : from;
  return text.indexOf(g.text, anchor);
}

describe('seed gold via the CLI (--dct = the main story anchor)', { timeout: 60_000 }, () => {
  const results = runBatch();
  it.each(pages.map((p, i) => ({ file: p.file, i })))('$file: every gold timex of the main story', ({ i }) => {
    const { text } = texts[i]!;
    const out = results.find((r) => r.id === texts[i]!.id)!;
    let from = 0;
    for (const g of pages[i]!.timexes as GoldTimex[]) {
      const at = locate(text, g, from);
      expect(at, `'${g.text}' is in the page`).toBeGreaterThanOrEqual(0);
      from = at + g.text.length;
      const got = out.timexes.find((t) => t.start <= at && t.end >= at + g.text.length);
      if (g.optional && !got) continue;
      expect(got, `a timex covering '${g.text}' at ${at}`).toBeDefined();
      expect({ text: g.text, type: got!.type, value: got!.value }).toEqual({ text: g.text, type: g.type, value: g.value });
    }
  });
});
