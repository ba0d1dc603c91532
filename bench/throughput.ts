// npm run bench — MB/s of news text through tagTemporal (in-process, one core), and chrono-node on the same texts in
// the same run, as a ratio. Texts: the TE3 TimeBank + AQUAINT documents when ../shared is there, else the seed corpus.
// Writes bench/results/throughput.md. Timing lives here only; tests never assert on time.
// `npm run bench` bundles this file with esbuild first, as the production build compiles the code: run through tsx,
// every inner function would be wrapped by its keep-names helper on each call, a cost no build of the app has.
import * as chrono from 'chrono-node';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagTemporal } from '../src/pipeline/temporal';
import { splitSentences } from '../src/pipeline/text/sentences';
import type { Block, Sentence } from '../src/pipeline/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TE3 = resolve(ROOT, '../shared/data/te3');

interface Doc { text: string; dct: string; blocks: Block[]; sentences: Sentence[] }

function loadDocs(): { source: string; docs: Doc[] } {
  const raw: { text: string; dct: string }[] = [];
  let source: string;
  if (existsSync(join(TE3, 'timebank.json'))) {
    for (const c of ['timebank', 'aquaint']) raw.push(...(JSON.parse(readFileSync(join(TE3, `${c}.json`), 'utf8')) as { docs: { text: string; dct: string }[] }).docs);
    source = 'TE3 TimeBank + AQUAINT texts';
  } else {
    const dir = join(ROOT, 'src/corpus/documents');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; publication?: { date?: string } };
      raw.push({ text: d.text, dct: d.publication?.date ?? '2025-01-01' });
    }
    source = 'seed corpus';
  }
  const docs = raw.map(({ text, dct }) => ({
    text, dct, sentences: splitSentences(text),
    blocks: [{ start: 0, end: text.length, kind: 'main', role: 'body', story: 0, rule: 'bench', reason: 'bench',
      context: { value: dct, from: dct, to: dct, provenance: 'curated', note: 'bench' } } as Block],
  }));
  return { source, docs };
}

/** CPU time used by this process so far, in ms: time spent waiting for a core on a loaded machine does not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Alternates one pass of each system over all docs until `minMs` of total CPU time, so that load from other
 * processes on the machine hits both alike; returns MB/s per system (UTF-8 bytes) and how many expressions each found.
 */
function measure(docs: readonly Doc[], systems: readonly ((d: Doc) => unknown[])[], minMs = 6000) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const found = systems.map((fn) => docs.reduce((n, d) => n + fn(d).length, 0)); // warm-up pass
  const spent = systems.map(() => 0);
  let rounds = 0;
  while (spent.reduce((a, b) => a + b, 0) < minMs) {
    systems.forEach((fn, i) => {
      const t0 = cpuMs();
      for (const d of docs) fn(d);
      spent[i]! += cpuMs() - t0;
    });
    rounds++;
  }
  return systems.map((_, i) => ({ mbps: (bytes * rounds) / (spent[i]! / 1000) / 1e6, found: found[i]! }));
}

const { source, docs } = loadDocs();
const totalBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const [ours, theirs] = measure(docs, [
  (d) => tagTemporal(d.text, d.blocks, d.sentences),
  (d) => chrono.parse(d.text, { instant: new Date(`${d.dct}T12:00:00Z`), timezone: 0 }),
]) as [{ mbps: number; found: number }, { mbps: number; found: number }];
const ratio = ours.mbps / theirs.mbps;
const lines = [
  '# Temporal tagging throughput',
  '',
  `Produced by \`npm run bench\` (bench/throughput.ts) on ${source}: ${docs.length} documents, ${(totalBytes / 1e6).toFixed(2)} MB,`,
  'both run in-process on one core after a warm-up pass, alternating one pass each for at least 6 s of CPU time in all',
  '(so load from other processes falls on both alike); MB/s are per CPU-second of this process, not per wall-clock second.',
  'Dateline time covers tagTemporal only (sentences are split beforehand); chrono time covers chrono.parse. Both run',
  'from one esbuild bundle of bench/throughput.ts (compiled as a production build compiles them, not through tsx).',
  '',
  '| system | MB/s | expressions found |',
  '| --- | --- | --- |',
  `| Dateline tagTemporal | ${ours.mbps.toFixed(2)} | ${ours.found} |`,
  `| chrono-node parse | ${theirs.mbps.toFixed(2)} | ${theirs.found} |`,
  '',
  `Ratio Dateline / chrono-node: **${ratio.toFixed(1)}×**.`,
  '',
];
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/throughput.md'), lines.join('\n'));
console.log(lines.join('\n'));
