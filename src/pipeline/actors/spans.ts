// Lookups in lists of spans sorted by start (lexicon hits, sentences): binary search, so matching stays linear.

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

/** The hits lying inside [start, end). */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

/** The item holding an offset (items sorted and disjoint): the sentence of a mention. */
export function sentenceAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  const s = items[firstFrom(items, offset + 1) - 1];
  return s && offset < s.end ? s : undefined;
}
