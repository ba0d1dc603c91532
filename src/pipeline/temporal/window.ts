import type { Done } from './done';
import { placeholder, resolveSketch } from './resolve';
import type { Sketch } from './sketch';
import type { Tense } from './tense';

// An estimated publication window [from, to]: resolve against both ends. If they agree the value stands (marked
// estimated); otherwise keep what they agree on (the month, the year), or leave X placeholders — a weekday or a
// clock time keeps its own field ("XXXX-WXX-2"). Never a guess presented as fact.

/** A window: resolve against both ends; keep what they agree on. */
export function againstWindow(sketch: Sketch, from: number, to: number, tense: Tense): Done {
  const a = resolveSketch(sketch, from, tense);
  const b = resolveSketch(sketch, to, tense);
  if (a.value === b.value) return { value: a.value, how: `${a.how}; the same from both ends of the estimated window`, source: 'publication', estimated: true };
  if (sketch.kind !== 'weekday' && sketch.kind !== 'clock') {
    const month = /^(\d{4}-\d{2})-\d{2}/;
    const ma = month.exec(a.value)?.[1];
    if (ma && ma === month.exec(b.value)?.[1]) return { value: ma, how: `only the month is certain within the estimated window (${a.value} … ${b.value})`, source: 'publication', estimated: true };
    const ya = /^(\d{4})(?!\d)/.exec(a.value)?.[1];
    if (ya && ya === /^(\d{4})(?!\d)/.exec(b.value)?.[1]) return { value: ya, how: `only the year is certain within the estimated window (${a.value} … ${b.value})`, source: 'publication', estimated: true };
  }
  return { value: placeholder(sketch), how: `the estimated window allows ${a.value} … ${b.value}; left unresolved`, source: 'none', estimated: true };
}

