import { HOLIDAY_NAMES } from './holidays';
import { ADVERBS } from './rules/sets';
import { REFS } from './rules/references';
import { DAY_PARTS, MONTHS, NUMBERS, ORDINALS, SEASONS, UNITS, VAGUE_NUMBERS, WEEKDAYS } from './words';

// The words a temporal expression can start with. The scanner tries its rules only where such a word (or a digit)
// begins, which keeps it linear and fast; scan.test.ts checks that every rule example starts with one.

const firstWord = (phrase: string) => phrase.toLowerCase().split(/[^a-z]+/).find(Boolean)!;

const FUNCTION_WORDS = [
  'the', 'that', 'this', 'last', 'next', 'past', 'previous', 'prior', 'coming', 'upcoming', 'current', 'latest', 'most',
  'recent', 'yesterday', 'today', 'tonight', 'tomorrow', 'noon', 'midday', 'midnight', 'fiscal', 'every', 'each', 'per',
  'once', 'twice', 'thrice', 'year', 'comparable', 'final', 'latter', 'following', 'further', 'remaining', 'initial',
  'same', 'seventeen', 'eighteen', 'nineteen', 'two', 'half', 'preceding', 'first', 'second', 'third', 'fourth',
  'weekend', 'period', 'future', 'present', 'near', 'later', 'number', 'pair', 'whole', 'full', 'entire', 'calendar',
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'end', 'of', 'p', 'am', 'pm',
  'times', 'other', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
];
/** Frequent words that start an expression only when the next word could continue one ("the year", "a week"). */
const WEAK = new Set(['the', 'that', 'a', 'an', 'this'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]));
/** A number token as the rule heads see it: its digits as zeros ("1998" → "0000"). */
const ZEROS = ['', '0', '00', '000', '0000', '00000'];
const NEXT = /\s+(?:([A-Za-z]+)|\d|')/y;

export const STARTERS: ReadonlySet<string> = new Set(
  [
    ...FUNCTION_WORDS,
    ...[MONTHS, WEEKDAYS, NUMBERS, ORDINALS, SEASONS, DAY_PARTS, UNITS, ADVERBS, REFS].flatMap((t) => Object.keys(t)),
    ...Object.keys(UNITS).map((u) => (u === 'century' ? 'centuries' : `${u}s`)),
    ...VAGUE_NUMBERS,
    ...HOLIDAY_NAMES,
  ].map(firstWord),
);


/** Starter words, numbers, and "'" before a digit ("the '80s"), each at a word start: one alternation, one pass. */
const TOKEN = new RegExp(
  `(?<![A-Za-z0-9])(?:(?:${[...STARTERS].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9])|\\d+|'(?=\\d))`,
  'gi',
);

function nextIsStarter(text: string, from: number): boolean {
  NEXT.lastIndex = from;
  const m = NEXT.exec(text);
  return !!m && (m[1] === undefined || STARTERS.has(m[1].toLowerCase()));
}

/**
 * A number starts an expression unless it is money, a decimal or thousands part, a percentage, or a short number
 * followed by a word that cannot continue one ("15 cents"); four digits may stand alone (a year).
 */
function numberMayStart(text: string, start: number, length: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 36 || before === 163 || before === 8364 || ((before === 46 || before === 44) && /\d/.test(text[start - 2] ?? ''))) return false;
  const after = text[end];
  if (after === '%') return false;
  return length >= 4 || !/\s/.test(after ?? '') || nextIsStarter(text, end);
}

/** Calls `at(index)` for each possible start in [from, to) in order; `at` returns where scanning resumes. */
export function eachStart(text: string, from: number, to: number, at: (index: number, token: string) => number) {
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const word = m[0];
    const c = word.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    if (digit ? numberMayStart(text, m.index, word.length, TOKEN.lastIndex) : c === 39 || !WEAK.has(word) || nextIsStarter(text, TOKEN.lastIndex)) {
      const next = at(m.index, digit ? ZEROS[Math.min(word.length, 5)]! : word);
      if (next > TOKEN.lastIndex) TOKEN.lastIndex = next;
    }
  }
}
