// chrono-node behind the same CLI contract as src/cli/extract.ts, so the TE3 scorer can compare the two:
//   tsx bench/chrono-adapter.ts --dct YYYY-MM-DD < article.txt  →  {"timexes":[{text,start,end,type,value}]}
// chrono has no TIMEX3 output; the value is built from what chrono knows (stated) plus the year it implies.
import * as chrono from 'chrono-node';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** One chrono component → a TIMEX3-style value at the finest certain granularity. */
function valueOf(c: chrono.ParsedComponents): { type: 'DATE' | 'TIME'; value: string } {
  const y = pad(c.get('year')!, 4);
  const date = c.isCertain('day') ? `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}` : c.isCertain('month') ? `${y}-${pad(c.get('month')!)}` : y;
  if (c.isCertain('hour')) return { type: 'TIME', value: `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` };
  return { type: 'DATE', value: date };
}

/** chrono's results for `text` with `dct` as the reference day, as timexes. */
export function chronoTimexes(text: string, dct: string | null) {
  const ref = dct ? new Date(`${dct}T12:00:00Z`) : undefined;
  return chrono.parse(text, ref ? { instant: ref, timezone: 0 } : undefined).map((r) => ({
    text: r.text,
    start: r.index,
    end: r.index + r.text.length,
    ...valueOf(r.start),
  }));
}

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--dct');
  const dct = i >= 0 ? (args[i + 1] ?? null) : null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(JSON.stringify({ timexes: chronoTimexes(Buffer.concat(chunks).toString('utf8'), dct) }) + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
