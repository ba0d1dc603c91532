import { isoDay, parseIsoDay } from './calendar';
import type { PublicationContext } from '../types';

// What a block's publication context offers as "now": one day (stated/curated, or an estimate narrowed to a day),
// the two ends of an estimated window, or nothing.

export type Anchor =
  | { kind: 'day'; n: number; estimated: boolean }
  | { kind: 'window'; from: number; to: number }
  | { kind: 'none' };

export function anchorOf(context: PublicationContext): Anchor {
  const day = context.value ? parseIsoDay(context.value) : null;
  if (day !== null) return { kind: 'day', n: day, estimated: context.provenance === 'estimated' };
  const from = context.from ? parseIsoDay(context.from) : null;
  const to = context.to ? parseIsoDay(context.to) : null;
  if (from !== null && to !== null) return from === to ? { kind: 'day', n: from, estimated: true } : { kind: 'window', from, to };
  return { kind: 'none' };
}

/** The anchor as written in a resolution record: a day, or a window "from/to". */
export function anchorValue(anchor: Anchor): string | null {
  if (anchor.kind === 'day') return isoDay(anchor.n);
  if (anchor.kind === 'window') return `${isoDay(anchor.from)}/${isoDay(anchor.to)}`;
  return null;
}
