import type { RuleSpec } from '../rule';
import { isoMonth } from '../calendar';
import { MODIFIERS, readNumber } from '../words';
import { monthOf, seasonOf } from './read';

// Years and decades in words, as read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand",
// "two thousand and five", "the nineties", "January nineteen ninety-seven", "the winter of nineteen ninety-four".

const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNDER_100 = `(?:${TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${TEENS}|(?:oh\\s+)?(?:one|two|three|four|five|six|seven|eight|nine)`;
const DECADES: Readonly<Record<string, number>> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const under100 = (w: string) => readNumber(w.replace(/^oh\s+/i, '')) as number;
/** A year in words after a month or season: "nineteen ninety-seven", "two thousand and one". */
const SPELLED_YEAR = `(?:seventeen|eighteen|nineteen)\\s+(?:${UNDER_100})|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${UNDER_100}))?`;

function spelledYear(words: string): number {
  const [, head, rest] = /^(two\s+thousand|\w+)(?:\s+(?:and\s+)?(.+))?$/i.exec(words.trim())!;
  const base = /thousand/i.test(head!) ? 2000 : under100(head!) * 100;
  return base + (rest ? under100(rest) : 0);
}

export const SPELLED_YEAR_RULES: readonly RuleSpec[] = [
  {
    id: 'spelled.century-year', head: 'the|seventeen|eighteen|nineteen', afterThe: 'year', type: 'DATE', pattern: `(?:the\\s+year\\s+)?(seventeen|eighteen|nineteen)\\s+(${UNDER_100}|hundred)`,
    build: ({ g }) => {
      const hundreds = under100(g[1]!) * 100;
      return { sketch: { kind: 'value', value: String(hundreds + (/hundred/i.test(g[2]!) ? 0 : under100(g[2]!))) } };
    },
    examples: ['nineteen ninety-six', 'the year nineteen seventy-nine', 'nineteen oh five', 'nineteen hundred'],
  },
  {
    id: 'spelled.two-thousand', head: 'the|two', afterThe: 'year', type: 'DATE', pattern: `(?:the\\s+year\\s+)two\\s+thousand(?:\\s+(?:and\\s+)?(${UNDER_100}))?|two\\s+thousand\\s+(?:and\\s+)?(${UNDER_100})(?!\\s+(?:people|dollars|[a-z]+s)\\b)`,
    build: ({ g }) => ({ sketch: { kind: 'value', value: String(2000 + (g[1] ?? g[2] ? under100((g[1] ?? g[2])!) : 0)) } }),
    examples: ['the year two thousand', 'two thousand and five', 'the year two thousand one'],
  },
  {
    // "the late eighties" is a decade, "in his late eighties" an age: the modifier counts only after "the"
    id: 'spelled.decade', head: 'the', afterThe: `early|mid|late|nineteen|\\d+|${Object.keys(DECADES).join('|')}`, type: 'DATE',
    pattern: `the\\s+(?:(early|mid|late)[- ]?)?(?:(?:nineteen|18|19)[- ]?)?(${Object.keys(DECADES).join('|')})`,
    build: ({ g }) => {
      const sketch = { kind: 'value', value: `19${DECADES[g[2]!.toLowerCase()]}` } as const;
      return g[1] ? { sketch, mod: MODIFIERS[g[1].toLowerCase()] } : { sketch };
    },
    examples: ['the nineties', 'the nineteen-sixties', 'the late eighties', 'the mid-seventies'],
  },
  {
    id: 'spelled.month-year', head: '{MONTH}', type: 'DATE', pattern: `({MONTH})\\s+(?:of\\s+)?(${SPELLED_YEAR})`,
    build: ({ g }) => ({ sketch: { kind: 'value', value: isoMonth(spelledYear(g[2]!), monthOf(g[1]!)) } }),
    examples: ['January nineteen ninety-seven', 'May two thousand', 'March of nineteen eighty-one'],
  },
  {
    id: 'spelled.season-year', head: 'the|{SEASON}', type: 'DATE', pattern: `(?:the\\s+)?({SEASON})\\s+of\\s+(${SPELLED_YEAR})`,
    build: ({ g }) => ({ sketch: { kind: 'value', value: `${spelledYear(g[2]!)}-${seasonOf(g[1]!)}` } }),
    examples: ['the winter of nineteen ninety-four', 'summer of two thousand and one'],
  },
];
