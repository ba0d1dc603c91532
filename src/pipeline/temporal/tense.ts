// The tense of the clause around an expression, from the nearest tense marker: "will meet on Tuesday" → future,
// "met on Tuesday" / "said Tuesday" → past. Used to pick the week of a bare weekday and the year of "4 June".

import { hashWord, isLetter, newRun, readLetters, wordFilter } from '../text/words';

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|shall|'ll|won't|would|going\s+to|(?:is|are|am)\s+(?:to|due|set|scheduled|expected|slated)|plans?\s+to|planning|planned|plan\s+to|scheduled|expected\s+to|expects?\s+to|due\s+to|set\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|to\s+be\s+held|upcoming|next(?!\s+to\b)|ahead\s+of|meets?|begins?|starts?|opens?|visits?|arrives?|leaves?|travels?|resumes?|convenes?|later\s+this|tomorrow|as\s+(?:soon|early)\s+as|no\s+later\s+than)\b/gi;
const IRREGULAR_PAST =
  'said|was|were|had|did|met|held|took|told|came|went|made|gave|began|left|won|lost|fell|rose|saw|found|sent|struck|' +
  'hit|led|paid|spent|kept|sold|bought|brought|thought|wrote|spoke|broke|ran|became|stood|shot|fought|fled|caught|' +
  'taught|felt|heard|meant|put|set|quit|cut|ago|earlier|last|yesterday|previously|since';
const PAST_WORDS = new Set(IRREGULAR_PAST.split('|'));
const mayBePast = wordFilter(PAST_WORDS);
/** "will be named", "is being held": a participle after these is a passive, not a past tense. */
const PASSIVE_AUXILIARIES: ReadonlySet<number> = new Set(['be', 'being'].map(hashWord));
/** Words in -ed that are not past verbs, or that point ahead. */
const NOT_PAST = /^(?!(?:dis)?agreed$|freed$|guaranteed$|decreed$)(?:[a-z]*eed|red|bed|shed|united|limited|indeed|hundred|planned|scheduled|expected|proposed|intended|slated|based|related|alleged|so-called|detailed|armed|advanced|supposed|renewed|continued)$/i;

/** Where the tense markers of a sentence are: [start, end] pairs, future and past. Computed once per sentence. */
export interface Markers {
  future: number[];
  past: number[];
}

function positions(re: RegExp, sentence: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** Each run of letters is tested against PAST_WORDS / -ed (one pass, no big alternation, few slices). */
function pastPositions(sentence: string): number[] {
  const out: number[] = [];
  const run = newRun();
  let previous = 0; // hash of the word before
  for (let i = 0; i < sentence.length; ) {
    if (!isLetter(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    readLetters(sentence, i, run);
    const { end, hash } = run;
    const ed = end - i > 3 && (sentence.charCodeAt(end - 1) | 32) === 100 && (sentence.charCodeAt(end - 2) | 32) === 101; // -ed
    const past = !PASSIVE_AUXILIARIES.has(previous) &&
      (ed ? !NOT_PAST.test(sentence.slice(i, end)) : mayBePast(hash) && PAST_WORDS.has(sentence.slice(i, end).toLowerCase()));
    if (past) out.push(i, end);
    previous = hash;
    i = end;
  }
  return out;
}

export const markersOf = (sentence: string): Markers => ({ future: positions(FUTURE, sentence), past: pastPositions(sentence) });

/** Distance from [at, end) to the nearest marker outside it; markers after the expression count double. */
function nearest(marks: readonly number[], at: number, end: number): number {
  let best = Infinity;
  for (let i = 0; i < marks.length; i += 2) {
    const s = marks[i]!;
    const e = marks[i + 1]!;
    const w = e <= at ? at - e : s >= end ? (s - end) * 2 : Infinity; // markers inside the expression do not count
    if (w < best) best = w;
  }
  return best;
}

/** Tense of a sentence (its markers) as seen from the expression at [at, end) (sentence offsets). */
export function tenseAt(markers: Markers, at: number, end = at): Tense {
  const future = nearest(markers.future, at, end);
  const past = nearest(markers.past, at, end);
  if (future === Infinity && past === Infinity) return 'unknown';
  return future < past ? 'future' : 'past';
}
