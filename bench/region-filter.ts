// Runs a system under the scorer's CLI contract and keeps only the predictions a corpus annotates: MEANTIME marks
// timexes in the title, the dateline and the first four body sentences only (`annotated_end`), and its dateline is
// the creation time itself (`dct_span`), not a timex of the text. Both systems are filtered alike.
//   node --import tsx bench/region-filter.ts GOLD.json CMD… --dct YYYY-MM-DD < article.txt
// The scorer names the document in SCORE_DOC_ID.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface Doc {
  id: string;
  dct_span?: [number, number];
  annotated_end?: number;
}
interface Prediction {
  start: number;
  end: number;
}

const [gold, command, ...args] = process.argv.slice(2);
if (!gold || !command) {
  console.error('usage: region-filter.ts GOLD.json CMD [ARGS…] (the document id in SCORE_DOC_ID)');
  process.exit(2);
}
const id = process.env.SCORE_DOC_ID;
const doc = (JSON.parse(readFileSync(gold, 'utf8')) as { docs: Doc[] }).docs.find((d) => d.id === id);
if (!doc) {
  console.error(`region-filter: ${gold} has no document '${id ?? '(SCORE_DOC_ID unset)'}'`);
  process.exit(2);
}
const run = spawnSync(command, args, { input: readFileSync(0), maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'inherit'] });
if (run.status !== 0) process.exit(run.status ?? 1);
const out = JSON.parse(run.stdout.toString('utf8')) as { timexes: Prediction[] };
const [a, b] = doc.dct_span ?? [-1, -1];
const to = doc.annotated_end ?? Infinity;
out.timexes = out.timexes.filter((t) => t.start < to && !(t.start < b && t.end > a));
process.stdout.write(JSON.stringify(out));
