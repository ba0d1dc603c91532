import type { PublicationContext } from '../pipeline/types';

export interface CliOptions {
  dct: string | null;
  jsonl: boolean;
}

export class UsageError extends Error {}

const USAGE = 'usage: extract [--dct YYYY-MM-DD] [--jsonl] < input';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid calendar day (rejects 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

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
  return dct === null ? null : { value: dct, from: dct, to: dct, provenance: 'curated', note: `supplied with --dct ${dct}` };
}
