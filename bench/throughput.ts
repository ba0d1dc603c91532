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

/** CPU ms of one pass of `fn` over all docs. */
function pass(docs: readonly Doc[], fn: (d: Doc) => unknown[]): number {
  const t0 = cpuMs();
  for (const d of docs) fn(d);
  return cpuMs() - t0;
}

/**
 * Runs the systems one pass each in turn, so that load from other processes on the machine hits both alike, in three
 * phases: the first pass (cold: nothing compiled yet, as when the CLI runs once on one page); a warm-up of at least
 * `warmMs` of CPU time each, as V8 compiles hot code and regexes over many passes (Dateline reaches a steady pace after
 * ~25 passes over these texts, chrono-node after ~10: a measurement without it mostly times compiling); then passes
 * until `minMs` of CPU time in all. Returns per system MB/s (UTF-8 bytes) of the last phase, the cold pass's MB/s and
 * how many expressions it found.
 */
function measure(docs: readonly Doc[], systems: readonly ((d: Doc) => unknown[])[], warmMs = 2000, minMs = 6000) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const found = systems.map(() => 0);
  const cold = systems.map((fn, i) => pass(docs, (d) => { const r = fn(d); found[i]! += r.length; return r; }));
  const warm = systems.map(() => 0);
  while (warm.some((ms) => ms < warmMs)) systems.forEach((fn, i) => (warm[i]! += pass(docs, fn)));
  const spent = systems.map(() => 0);
  let rounds = 0;
  while (spent.reduce((a, b) => a + b, 0) < minMs) {
    systems.forEach((fn, i) => (spent[i]! += pass(docs, fn)));
    rounds++;
  }
  const mbps = (ms: number, passes: number) => (bytes * passes) / (ms / 1000) / 1e6;
  return systems.map((_, i) => ({ mbps: mbps(spent[i]!, rounds), coldMbps: mbps(cold[i]!, 1), found: found[i]! }));
}

type Measured = ReturnType<typeof measure>[number];

const { source, docs } = loadDocs();
const totalBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const [ours, theirs] = measure(docs, [
  (d) => tagTemporal(d.text, d.blocks, d.sentences),
  (d) => chrono.parse(d.text, { instant: new Date(`${d.dct}T12:00:00Z`), timezone: 0 }),
]) as [Measured, Measured];
const ratio = ours.mbps / theirs.mbps;
const lines = [
  '# Temporal tagging throughput',
  '',
  `Produced by \`npm run bench\` (bench/throughput.ts) on ${source}: ${docs.length} documents, ${(totalBytes / 1e6).toFixed(2)} MB,`,
  'both run in-process on one core, one pass over all documents each in turn (so load from other processes falls on both',
  'alike): a first, cold pass; a warm-up of at least 2 s of CPU time each, while V8 compiles the hot code and regexes;',
  'then passes for at least 6 s of CPU time in all, which give the throughput. MB/s are per CPU-second of this process,',
  'not per wall-clock second. Dateline time covers tagTemporal only (sentences are split beforehand); chrono time covers',
  'chrono.parse. Both run from one esbuild bundle of bench/throughput.ts (compiled as a production build compiles them,',
  'not through tsx).',
  '',
  '| system | MB/s (warm: throughput) | MB/s (first pass, cold) | expressions found |',
  '| --- | --- | --- | --- |',
  `| Dateline tagTemporal | ${ours.mbps.toFixed(2)} | ${ours.coldMbps.toFixed(2)} | ${ours.found} |`,
  `| chrono-node parse | ${theirs.mbps.toFixed(2)} | ${theirs.coldMbps.toFixed(2)} | ${theirs.found} |`,
  '',
  `Ratio Dateline / chrono-node: **${ratio.toFixed(1)}×** (first pass, cold: ${(ours.coldMbps / theirs.coldMbps).toFixed(1)}×).`,
  '',
];
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/throughput.md'), lines.join('\n'));
console.log(lines.join('\n'));
