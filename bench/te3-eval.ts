// npm run eval:te3 — scores the Dateline CLI and chrono-node on the TempEval-3 TimeBank and AQUAINT gold with the
// shared scorer (../shared/data/te3/score.mjs), prints both side by side and writes bench/results/te3.md.
// Env: TE3_LIMIT=N scores only the first N docs of each corpus (quick look); TE3_JOBS=K parallel docs (default 2);
// TE3_BUNDLE=1 first bundles each CLI (same source, esbuild) into .cache/ so a doc costs no TypeScript start-up.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TE3 = resolve(ROOT, '../shared/data/te3');
const CORPORA = ['timebank', 'aquaint'] as const;
const SYSTEMS = [
  { name: 'Dateline (src/cli/extract.ts)', entry: 'src/cli/extract.ts' },
  { name: 'chrono-node (bench/chrono-adapter.ts)', entry: 'bench/chrono-adapter.ts' },
] as const;

/** The command the scorer runs per document: the CLI through tsx, or its esbuild bundle (TE3_BUNDLE=1). */
function commandFor(entry: string): string {
  if (!process.env.TE3_BUNDLE) return `node --import tsx ${entry}`;
  const out = join('.cache', `${entry.replace(/[/.]/g, '-')}.mjs`);
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=warning'], { cwd: ROOT });
  return `node ${out}`;
}

interface Prf { P: number; R: number; F1: number }
interface Metrics { docs: number; goldTimexes: number; predicted: number; strict: Prf; relaxed: Prf; type: Prf; value: Prf & { accuracy: number }; errors: number }

function score(corpus: string, cmd: string): Promise<Metrics> {
  const args = [join(TE3, 'score.mjs'), join(TE3, `${corpus}.json`), cmd, '--json', '--jobs', process.env.TE3_JOBS ?? '2'];
  if (process.env.TE3_LIMIT) args.push('--limit', process.env.TE3_LIMIT);
  return new Promise((done, fail) => {
    execFile('node', args, { cwd: ROOT, maxBuffer: 64 << 20, env: { ...process.env, VERBOSE: '0' } }, (error, stdout) => {
      try {
        done(JSON.parse(stdout) as Metrics); // exit status 1 only flags failed docs; they are counted in `errors`
      } catch {
        fail(new Error(`scorer failed on ${corpus} with '${cmd}': ${error?.message ?? 'no JSON output'}`));
      }
    });
  });
}

const f = (x: number) => x.toFixed(3);

async function main() {
  if (!existsSync(join(TE3, 'score.mjs')) || !existsSync(join(TE3, 'timebank.json'))) {
    console.error(`eval:te3: the shared TempEval-3 data is missing (looked for ${TE3}/score.mjs and timebank.json); nothing scored.`);
    process.exit(1);
  }
  const rows: string[] = [];
  for (const corpus of CORPORA) {
    for (const system of SYSTEMS) {
      const m = await score(corpus, commandFor(system.entry));
      const row = `| ${corpus} | ${system.name} | ${m.docs} | ${m.goldTimexes} | ${m.predicted} | ${f(m.strict.F1)} | ${f(m.relaxed.P)} | ${f(m.relaxed.R)} | ${f(m.relaxed.F1)} | ${f(m.type.F1)} | ${f(m.value.F1)} | ${f(m.value.accuracy)} | ${m.errors} |`;
      console.log(row);
      rows.push(row);
    }
  }
  const md = [
    '# TempEval-3 (TBAQ-cleaned) TIMEX3 scores',
    '',
    'Produced by `npm run eval:te3` (bench/te3-eval.ts): the shared scorer `../shared/data/te3/score.mjs` runs each system',
    'once per document with the document creation time as `--dct`. Value F1 = value accuracy × relaxed F1 (TE3 definition).',
    `Dev data only (TimeBank and AQUAINT); the TE3 Platinum test set is never read.${process.env.TE3_LIMIT ? ` Limited to the first ${process.env.TE3_LIMIT} docs per corpus.` : ''}`,
    `Each CLI ran ${process.env.TE3_BUNDLE ? 'from its esbuild bundle (TE3_BUNDLE=1; same source)' : 'through tsx'}.`,
    '',
    '| corpus | system | docs | gold | predicted | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 | value acc | failed docs |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'For reference, HeidelTime reported relaxed F1 0.903 and value F1 0.776 on the TE3 Platinum test set (UzZaman et al.,',
    '2013); that is a different document set and scorer, so it is context, not a like-for-like comparison.',
    '',
  ].join('\n');
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/te3.md'), md);
  console.log('wrote bench/results/te3.md');
}

main().catch((error: unknown) => {
  console.error(`eval:te3: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
