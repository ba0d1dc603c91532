import { valueSpan } from '../temporal/value';
import type { Block, Sentence, Timex } from '../types';
import type { Window } from './tenure';

// The date a mention is judged at: the nearest calendar-dated expression of its own sentence, else the
// publication context of its block (a day, a window, or unknown).

export interface Dating extends Window {
  /** Plain words: where the date came from. */
  source: string;
}

export function dateMention(start: number, sentence: Sentence | undefined, block: Block, timexes: readonly Timex[]): Dating {
  let best: { distance: number; dating: Dating } | null = null;
  for (const t of timexes) {
    if (!sentence || t.start < sentence.start || t.end > sentence.end || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    const span = valueSpan(t.value);
    if (!span) continue;
    const distance = Math.abs(t.start - start);
    if (!best || distance < best.distance) {
      best = { distance, dating: { from: span.from, to: span.to, source: `"${t.text}" in its sentence (${t.value})` } };
    }
  }
  if (best) return best.dating;
  const c = block.context;
  if (c.value) return { from: c.value, to: c.value, source: `publication ${c.value} (${c.provenance})` };
  if (c.from || c.to) return { from: c.from, to: c.to, source: `publication window ${c.from ?? '…'}–${c.to ?? '…'} (${c.provenance})` };
  return { from: null, to: null, source: 'no date known' };
}
