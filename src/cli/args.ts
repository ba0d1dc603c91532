import { publicationContext } from '../corpus/load';
import { isCalendarDay } from '../lib/iso-day';
import type { PublicationContext } from '../pipeline/types';

export interface CliOptions {
  dct: string | null;
  jsonl: boolean;
}

export class UsageError extends Error {}

const USAGE = 'usage: extract [--dct YYYY-MM-DD] [--jsonl] < input';
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { dct: null, jsonl: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--dct' || arg.startsWith('--dct=')) {
      const value = arg === '--dct' ? argv[++i] : arg.slice('--dct='.length);
      if (value === undefined) throw new UsageError(`--dct needs a value (YYYY-MM-DD)\n${USAGE}`);
      if (!isCalendarDay(value)) throw new UsageError(`--dct: '${value}' is not a calendar day YYYY-MM-DD\n${USAGE}`);
      options.dct = value;
    } else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else throw new UsageError(`unknown argument '${arg}'\n${USAGE}`);
  }
  return options;
}

/** The publication context a user supplies with --dct. */
export function suppliedContext(dct: string | null): PublicationContext | null {
  return dct === null ? null : publicationContext({ date: dct, provenance: 'curated', note: `supplied with --dct ${dct}` });
}
