// The tense of the clause around an expression, from the nearest tense marker: "will meet on Tuesday" → future,
// "met on Tuesday" / "said Tuesday" → past. Used to pick the week of a bare weekday and the year of "4 June".

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|shall|'ll|won't|would|going\s+to|(?:is|are|am)\s+(?:to|due|set|scheduled|expected|slated)|plans?\s+to|planning|planned|plan\s+to|scheduled|expected\s+to|expects?\s+to|due\s+to|set\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|to\s+be\s+held|upcoming|next|ahead\s+of|later\s+this|tomorrow|as\s+(?:soon|early)\s+as|no\s+later\s+than)\b/gi;
const IRREGULAR_PAST =
  'said|was|were|had|did|met|held|took|told|came|went|made|gave|began|left|won|lost|fell|rose|saw|found|sent|struck|' +
  'hit|led|paid|spent|kept|sold|bought|brought|thought|wrote|spoke|broke|ran|became|stood|shot|fought|fled|caught|' +
  'taught|felt|heard|meant|put|set|quit|cut|ago|earlier|last|yesterday|previously';
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST}|[a-z]{2,}ed)\\b`, 'gi');
/** Words in -ed that are not past verbs, or that point ahead. */
const NOT_PAST = /^(?:need|speed|seed|feed|breed|bleed|red|bed|shed|united|limited|indeed|hundred|planned|scheduled|expected|proposed|intended|slated|based|related|alleged|so-called|detailed|armed|advanced|supposed|renewed|continued)$/i;

function nearest(re: RegExp, sentence: string, at: number, skip?: RegExp): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (skip?.test(m[0])) continue;
    const d = m.index < at ? at - (m.index + m[0].length) : m.index - at;
    // markers before the expression govern it more often than those after: weigh the latter double
    const w = m.index < at ? d : d * 2;
    if (w < best) best = w;
  }
  return best;
}

/** Tense of `sentence` as seen from offset `at` (where the expression starts) and `end` (where it ends). */
export function tenseAt(sentence: string, at: number, end = at): Tense {
  const before = sentence.slice(0, at);
  const masked = before + ' '.repeat(end - at) + sentence.slice(end);
  const future = nearest(FUTURE, masked, at);
  const past = nearest(PAST, masked, at, NOT_PAST);
  if (future === Infinity && past === Infinity) return 'unknown';
  return future < past ? 'future' : 'past';
}
