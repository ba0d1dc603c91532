// Binary search over ascending number arrays (filtered event positions are kept in time order).

/** First index i with arr[i] >= x (arr.length when none). */
export function lowerBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (arr[m]! < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Index of x in arr, or -1. */
export function indexOfSorted(arr: readonly number[], x: number): number {
  const i = lowerBound(arr, x);
  return arr[i] === x ? i : -1;
}

/** The neighbour of position x among arr in direction dir (x itself need not be in arr); null past either end. */
export function step(arr: readonly number[], x: number | null, dir: 1 | -1): number | null {
  if (arr.length === 0) return null;
  if (x === null) return dir === 1 ? arr[0]! : arr.at(-1)!;
  const i = lowerBound(arr, x);
  const j = dir === 1 ? (arr[i] === x ? i + 1 : i) : i - 1;
  return arr[j] ?? null;
}
