// Finding the sentence or block a span belongs to in sorted spans, in logarithmic time (pages can be megabytes).
export interface Span {
  start: number;
  end: number;
}

/** Index of the last span starting at or before `at` in spans sorted by start, or -1. */
export function lastAtOrBefore(spans: readonly Span[], at: number): number {
  let [lo, hi, found] = [0, spans.length - 1, -1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
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
