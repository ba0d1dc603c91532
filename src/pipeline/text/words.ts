// Word scanning without regexes or slices: ASCII letter/digit tests on char codes, and a case-blind hash that a
// scanner builds letter by letter while it walks a word, with a bit filter of a word list on that hash — most words
// of running text miss the filter, so they are never sliced, lower-cased or looked up in a Set.

export const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
export const isDigit = (c: number) => c >= 48 && c <= 57;
/** What `\s` matches, by char code. */
export const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
  c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** One letter more of a word's case-blind hash (start from 0). */
export const hashStep = (hash: number, c: number) => (Math.imul(hash, 31) + (c | 32)) | 0;

export function hashWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

const FILTER_BITS = 1 << 16;

/**
 * A test that is true for every word of `words` (any case) and false for almost all others. One bit per hash slot
 * (8 KB, not a byte each): it is asked once per word of the text, and a table that stays in the L1 cache is faster.
 */
export function wordFilter(words: Iterable<string>): (hash: number) => boolean {
  const bits = new Uint32Array(FILTER_BITS / 32);
  for (const w of words) {
    const slot = hashWord(w) & (FILTER_BITS - 1);
    bits[slot >>> 5]! |= 1 << (slot & 31);
  }
  return (hash) => ((bits[(hash & (FILTER_BITS - 1)) >>> 5]! >>> (hash & 31)) & 1) === 1;
}

/**
 * Looks up text[start, end) in a list of lower-case words, in any case, by its hash and without a slice: the listed
 * word it spells, or null.
 */
export function wordLookup(words: Iterable<string>): (text: string, start: number, end: number, hash: number) => string | null {
  const listed = [...words];
  const mayBe = wordFilter(listed);
  const byHash = new Map<number, string[]>();
  for (const w of listed) byHash.set(hashWord(w), [...(byHash.get(hashWord(w)) ?? []), w]);
  return (text, start, end, hash) => {
    if (!mayBe(hash)) return null;
    const same = byHash.get(hash); // a plain loop: this runs for every frequent listed word of a text ("the")
    if (same) for (let k = 0; k < same.length; k++) if (spells(text, start, end, same[k]!)) return same[k]!;
    return null;
  };
}

/** Whether text[start, end) is `word` (lower case) in any case. */
export function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** A run of letters: where it ends and its hash. Scanners reuse one, so walking a word allocates nothing. */
export interface Run {
  end: number;
  hash: number;
}
export const newRun = (): Run => ({ end: 0, hash: 0 });

/** Reads the run of letters from `start` (and before `to`) into `run`. */
export function readLetters(text: string, start: number, run: Run, to = text.length): void {
  let end = start;
  let hash = 0;
  for (let c = text.charCodeAt(end); end < to && isLetter(c); c = text.charCodeAt(++end)) hash = hashStep(hash, c);
  run.end = end;
  run.hash = hash;
}
