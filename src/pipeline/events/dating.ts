import { parseIsoDay } from '../temporal/calendar';
import { valueSpan } from '../temporal/value';
import type { EventDate, PublicationContext, Timex } from '../types';
import type { Region } from './clauses';
import type { Trigger } from './triggers';

// Which temporal expression dates a happening: a calendar value in the happening's own region, nearest its trigger.
// Not a deadline ("by 2030", "until October") and, for a verb in the past tense, not a day after publication
// ("agreed … to prepare for the anniversary next year").
const DEADLINE = /\b(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?$/iu;
const PAST = /\b(?:\p{L}+ed|met|held|took|spoke|won|sworn|struck|fired|signed)\b/iu;

export function governingTimex(
  text: string,
  region: Region,
  trigger: Trigger,
  timexes: readonly Timex[],
  context: PublicationContext,
): Timex | null {
  const past = PAST.test(trigger.text);
  const candidates = timexes.filter((t) => {
    if (t.start < region.start || t.end > region.end || (t.type !== 'DATE' && t.type !== 'TIME')) return false;
    const span = valueSpan(t.value);
    if (!span || DEADLINE.test(text.slice(Math.max(0, t.start - 20), t.start))) return false;
    return !(past && context.to !== null && span.from > context.to);
  });
  const distance = (t: Timex) => (t.start >= trigger.end ? t.start - trigger.end : trigger.start - t.end);
  return candidates.sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0] ?? null;
}

/** The calendar date a timex states. */
export function dateOfTimex(t: Timex): EventDate {
  const span = valueSpan(t.value)!;
  return { value: t.value, granularity: span.granularity, from: span.from, to: span.to, estimated: t.resolution.estimated };
}

/** A 'reported' event placed on a wider publication window than this would tell a reader nothing. */
export const MAX_REPORT_WINDOW_DAYS = 366;

/** The publication context as an event date ("reported on"); a window is a range, an unknown or too wide one nothing. */
export function dateOfReport(context: PublicationContext): EventDate | null {
  const { from, to } = context;
  if (context.value) return { value: context.value, granularity: 'day', from: context.value, to: context.value, estimated: false };
  if (!from || !to || parseIsoDay(to)! - parseIsoDay(from)! > MAX_REPORT_WINDOW_DAYS) return null;
  const [value, granularity] =
    from.slice(0, 7) === to.slice(0, 7) ? [from.slice(0, 7), 'month' as const] : from.slice(0, 4) === to.slice(0, 4) ? [from.slice(0, 4), 'year' as const] : ['XXXX', 'unknown' as const];
  return { value, granularity, from, to, estimated: true };
}
