// Topic cohesion between paragraphs: the share of a paragraph's content words (names count double) that also occur
// in a reference text. A "read next" teaser about a volcano shares almost nothing with an article on a summit.

const STOP = new Set(
  ('about above after again against also among another because been before being below between both could does '
    + 'doing down during each even every from further have having here into itself just least made make many more '
    + 'most much must near never only other over said says same should since some such than that their them then '
    + 'there these they this those through under until upon very were what when where which while will with within '
    + 'would year years week weeks month months today monday tuesday wednesday thursday friday saturday sunday '
    + 'according including however still well like'
  ).split(' '),
);

/** Crude stem: lower case, possessive and plural endings removed. */
export const stem = (word: string) => word.toLowerCase().replace(/['’]s?$/, '').replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

/** Content terms of a text with their weight (2 for capitalised words, 1 otherwise). */
export function terms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0];
    const key = stem(word);
    if (key.length < 4 || STOP.has(key)) continue;
    const weight = /^\p{Lu}/u.test(word) ? 2 : 1;
    out.set(key, Math.max(out.get(key) ?? 0, weight));
  }
  return out;
}

/** Weighted share (0..1) of `text`'s terms that also occur in `reference`. */
export function cohesion(text: string, reference: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [key, weight] of terms(text)) {
    total += weight;
    if (reference.has(key)) shared += weight;
  }
  return total === 0 ? 0 : shared / total;
}
