#!/usr/bin/env node
// Extraction CLI: article text on stdin → one JSON object on stdout (timexes, events, dct, stories).
//   extract --dct 2024-12-19 < article.txt
//   extract --jsonl < batch.jsonl      (lines {"id","dct","text"} → one result line each, in order)
import { isCalendarDay } from '../lib/iso-day';
import { parseArgs, suppliedContext, UsageError } from './args';
import { extractionResult } from './result';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One batch line → one result line; a bad line yields {id, error} naming the line and field, never aborts the batch. */
function processLine(line: string, lineNo: number): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ line: lineNo, error: `line ${lineNo}: not valid JSON` });
  }
  const rec = (parsed ?? {}) as Record<string, unknown>;
  const id = typeof rec.id === 'string' ? rec.id : `line-${lineNo}`;
  if (typeof rec.text !== 'string') return JSON.stringify({ id, line: lineNo, error: `line ${lineNo}: field "text" must be a string` });
  if (rec.dct !== undefined && rec.dct !== null && (typeof rec.dct !== 'string' || !isCalendarDay(rec.dct)))
    return JSON.stringify({ id, line: lineNo, error: `line ${lineNo}: field "dct" must be YYYY-MM-DD or null` });
  const dct = typeof rec.dct === 'string' ? rec.dct : null;
  return JSON.stringify({ id, ...extractionResult(id, rec.text, suppliedContext(dct)) });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const input = await readStdin();
  if (options.jsonl) {
    const out: string[] = [];
    input.split('\n').forEach((line, i) => {
      if (line.trim()) out.push(processLine(line, i + 1));
    });
    process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return;
  }
  process.stdout.write(JSON.stringify(extractionResult('stdin', input, suppliedContext(options.dct))) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
