import { hashWord, isDigit, isLetter, isSpace, newRun, readLetters, type Run, wordFilter, wordLookup } from '../text/words';
import { HOLIDAY_NAMES } from './holidays';
import { ADVERBS } from './rules/sets';
import { REFS } from './rules/references';
import { COUNT_MODIFIERS, DAY_PARTS, DAY_QUALIFIERS, DOT_CLOCK_ZONES, MONTHS, NUMBERS, ORDINALS, SEASONS, UNITS, VAGUE_NUMBERS, WEEKDAYS } from './words';

// The words a temporal expression can start with. The scanner tries its rules only where such a word (or a digit)
// begins, which keeps it linear and fast; scan.test.ts checks that every rule example starts with one.

const firstWord = (phrase: string) => phrase.toLowerCase().split(/[^a-z]+/).find(Boolean)!;

const FUNCTION_WORDS = [
  'the', 'that', 'this', 'last', 'next', 'past', 'previous', 'prior', 'coming', 'upcoming', 'current', 'latest', 'most',
  'recent', 'yesterday', 'today', 'tonight', 'tomorrow', 'noon', 'midday', 'midnight', 'fiscal', 'every', 'each', 'per',
  'once', 'twice', 'thrice', 'year', 'comparable', 'final', 'latter', 'following', 'further', 'remaining', 'initial',
  'same', 'corresponding', 'seventeen', 'eighteen', 'nineteen', 'two', 'half', 'preceding', 'first', 'second', 'third', 'fourth',
  'weekend', 'period', 'future', 'present', 'near', 'later', 'number', 'pair', 'whole', 'full', 'entire', 'calendar',
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'end', 'p', 'am', 'pm',
  'early', 'mid', 'late', 'times', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'additional', 'straight', 'consecutive', // after "a": "an additional year" (not "long": "a long time" is frequent)
];
/** Starters that also start glued to a number: "Q3", "H1", "FY2024" (any other word glued to a digit starts nothing). */
const GLUED_WORDS = ['q', 'h', 'fy'];
const GLUED: ReadonlySet<number> = new Set(GLUED_WORDS.map(hashWord));
/**
 * Frequent words that start an expression only when the next word could continue one ("the year", "a week",
 * "at present", "most recently", "some years ago", "New Year's Day"): elsewhere no rule is tried at all.
 */
const WEAK: ReadonlySet<number> = new Set(['the', 'that', 'a', 'an', 'this', 'at', 'more', 'most', 'just', 'new', 'some', 'many'].map(hashWord));
/** A number token as the rule heads see it: its digits as zeros ("1998" → "0000"). */
const ZEROS = ['', '0', '00', '000', '0000', '00000'];

export const STARTERS: ReadonlySet<string> = new Set(
  [
    ...FUNCTION_WORDS,
    ...GLUED_WORDS,
    ...[MONTHS, WEEKDAYS, NUMBERS, ORDINALS, SEASONS, DAY_PARTS, UNITS, ADVERBS, REFS].flatMap((t) => Object.keys(t)),
    ...Object.keys(UNITS).map((u) => (u === 'century' ? 'centuries' : `${u}s`)),
    ...VAGUE_NUMBERS,
    ...HOLIDAY_NAMES,
  ].map(firstWord),
);


/** Most words are not starters: this filter turns them away before any lookup. */
const mayStart = wordFilter(STARTERS);
/** A starter in any case, looked up without a slice: its lower-case form. */
const starterIn = wordLookup(STARTERS);

/** Two digits after a year and a dash end a year range: "1910-45 colonial rule". */
function endsYearRange(text: string, start: number, end: number): boolean {
  const dash = text.charCodeAt(start - 1);
  return end - start === 2 && (dash === 45 || dash === 8211) && isDigit(text.charCodeAt(start - 5)) && !isDigit(text.charCodeAt(start - 6));
}

/**
 * Words that continue a number without starting an expression themselves: "five straight days", "two and a half
 * years", "eight trading days", "six o'clock", "4 in the morning", "nineteen oh five", "two thousand", and the zones
 * of a British clock written with a dot, "17.30 GMT".
 */
const continuesNumber = wordFilter([...COUNT_MODIFIERS, ...DAY_QUALIFIERS, 'and', 'o', 'in', 'oh', 'thousand', ...DOT_CLOCK_ZONES]);
/** Numbers in words ("two", "eleven"; "a" and "an" are weak): they start an expression only as digits do. */
const NUMBER_WORDS: ReadonlySet<number> = new Set(Object.keys(NUMBERS).filter((w) => /^[a-z]{3,}$/.test(w)).map(hashWord));

/**
 * The token after white space at `from` as firstToken reads it, when it may continue an expression: a number (its
 * digits as zeros), "'", or a starter word (lower case); else null (`run` is scratch space).
 */
function nextToken(text: string, from: number, run: Run): string | null {
  let i = from;
  while (isSpace(text.charCodeAt(i))) i++;
  if (i === from) return null;
  const c = text.charCodeAt(i);
  if (c === 39) return "'";
  if (isDigit(c)) {
    let e = i + 1;
    while (e - i < 5 && isDigit(text.charCodeAt(e))) e++;
    return ZEROS[e - i]!;
  }
  if (!isLetter(c)) return null;
  readLetters(text, i, run);
  return starterIn(text, i, run.end, run.hash);
}

/**
 * A number starts an expression unless it is money, a decimal or thousands part, a percentage, or a short number
 * followed by what cannot continue one ("15 cents", "2.5 million", "1,200 shares", "Kopp, 44, was"); four digits may
 * stand alone (a year), and so may the end of a year range ("1910-45").
 */
function numberMayStart(text: string, start: number, end: number, run: Run): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 36 || before === 163 || before === 8364 || ((before === 46 || before === 44) && isDigit(text.charCodeAt(start - 2)))) return false;
  if (end - start >= 4) return text.charCodeAt(end) !== 37; // a year, unless a percentage
  return mayContinue(text, end, run) || endsYearRange(text, start, end);
}

/**
 * Whether what follows a number (digits or a word) ending at `end` may continue an expression: anything joined to it
 * ("3rd", "5pm", "10:30", "two-year"), or after white space a token (see nextToken), a fraction sign or a word of
 * continuesNumber ("5 straight days", "3 o'clock").
 */
function mayContinue(text: string, end: number, run: Run): boolean {
  let e = end; // the whole number: its decimal and thousands parts too
  while ((text.charCodeAt(e) === 44 || text.charCodeAt(e) === 46) && isDigit(text.charCodeAt(e + 1))) for (e += 2; isDigit(text.charCodeAt(e)); ) e++;
  let after = text.charCodeAt(e);
  if (after === 44 || after === 46) after = text.charCodeAt(++e); // "44, was": the word after the comma decides
  if (after === 37) return false; // %
  if (!isSpace(after) || nextToken(text, e, run) !== null) return true;
  let w = e + 1;
  while (isSpace(text.charCodeAt(w))) w++;
  const c = text.charCodeAt(w);
  if (c >= 188 && c <= 190) return true; // ¼ ½ ¾
  if (!isLetter(c)) return false;
  readLetters(text, w, run);
  return continuesNumber(run.hash);
}

/**
 * The starter word at [start, run.end) in lower case, or null: not glued to a digit (but "Q3"), a number word only
 * where a number could go on (see mayContinue), a weak one only before a token that may continue it, which is kept
 * in `after` ("the year": "year").
 */
function starterWord(text: string, start: number, run: Run, after: { token: string }): string | null {
  const { end, hash } = run;
  if (!mayStart(hash) || (isDigit(text.charCodeAt(end)) && !GLUED.has(hash))) return null;
  const word = starterIn(text, start, end, hash);
  if (word !== null && NUMBER_WORDS.has(hash)) return mayContinue(text, end, run) ? word : null;
  if (word === null || !WEAK.has(hash)) return word;
  const next = nextToken(text, end, run);
  if (next === null) return null;
  after.token = next;
  return word;
}

/**
 * Calls `at(index, token, next)` at each possible start in [from, to) in order: a starter word, a number, or "'"
 * before a digit ("the '80s"), each at a word start; `next` is the token after "the" ('' after any other). `at`
 * returns where scanning resumes. A plain character loop: no regex.
 */
export function eachStart(text: string, from: number, to: number, at: (index: number, token: string, next: string) => number) {
  const run = newRun();
  const after = { token: '' };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // white space and punctuation start nothing: pass them before looking back at the previous character
    if ((!isLetter(c) && !isDigit(c) && c !== 39) || isLetter(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    let end = i + 1;
    let token: string | null = null;
    if (isLetter(c)) {
      readLetters(text, i, run);
      end = run.end;
      token = starterWord(text, i, run, after);
    } else if (isDigit(c)) {
      while (isDigit(text.charCodeAt(end))) end++;
      if (numberMayStart(text, i, end, run)) token = ZEROS[Math.min(end - i, 5)]!;
    } else if (c === 39 && isDigit(text.charCodeAt(end))) token = "'";
    const next = token === null ? end : at(i, token, token === 'the' ? after.token : '');
    i = next > end ? next : end;
  }
}
