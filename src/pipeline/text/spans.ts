// Lookups in lists of spans sorted by start (sentences, blocks, lexicon hits): binary search, so every stage stays
// linear on pages of megabytes. The one place the pipeline searches sorted spans.

export interface Span {
  start: number;
  end: number;
}

/** Index of the first item starting at or after `offset` (items sorted by start). */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span starting at or before `at`, or -1. */
export const lastAtOrBefore = (spans: readonly Span[], at: number): number => firstFrom(spans, at + 1) - 1;

/** Index of the first span ending after `at` (spans sorted and disjoint, so ends are sorted too). */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The hits lying inside [start, end). */
export function within<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

/** The item holding an offset (items sorted and disjoint): the sentence of a mention. */
export function sentenceAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  const s = items[lastAtOrBefore(items, offset)];
  return s && offset < s.end ? s : undefined;
}

/** Items grouped by the sentence that wholly contains them, in text order (linear in items, log in sentences). */
export function bySentence<T extends Span>(items: readonly T[], sentences: readonly Span[]): T[][] {
  const out = sentences.map((): T[] => []);
  for (const item of items) {
    const k = lastAtOrBefore(sentences, item.start);
    if (k >= 0 && item.end <= sentences[k]!.end) out[k]!.push(item);
  }
  return out.map((list) => list.sort((a, b) => a.start - b.start));
}
