import { isName, type RuleSpec } from '../rule';
import { readOrdinal } from '../words';
import { directionOf, fullYear, monthOf, seasonOf, shiftBy } from './read';

// Parts of years: quarters ("the third quarter", "fiscal 1997's first quarter"), halves ("the first half of the year"),
// seasons ("last fall", "the winter of 1994"). The year is stated or implied by the anchor and tense.

const quarter = (w: string) => `Q${readOrdinal(w.toLowerCase().replace(/^(last|final)$/, 'fourth'))}`;
const half = (w: string) => (/^(first|1st)$/i.test(w) ? 'H1' : 'H2');
const DATE_BEFORE_SEASON = '(?<=\\b(?:in|during|since|until|by|through|of|early|late|mid-?|and|or|this|that|last|next|the)\\s)';

/** A year named relative to the anchor after "of": "the first half of next year", "the first quarter of last year". */
const OF_RELATIVE_YEAR = '(the\\s+year|this\\s+year|next\\s+year|last\\s+year|the\\s+current\\s+year)';
/** That year as an offset from the anchor's: "the year" is this one. */
const yearBy = (words: string) => shiftBy(directionOf(words.replace(/\s+year$/i, '')));

/** Words of a match report: near them a bare "the second half" is a half of the game, not of the year. */
const MATCH_WORDS = [
  'goal', 'goals', 'scored', 'scoring', 'equaliser', 'equalizer', 'penalty', 'striker', 'keeper', 'goalkeeper', 'referee',
  'half-time', 'halftime', 'kick-off', 'match', 'matches', 'goalless', 'unbeaten', 'substitute', 'touchdown', 'inning',
  'innings', 'wicket', 'whistle',
];
const MATCH_PLAY = new RegExp(`\\b(?:${MATCH_WORDS.join('|')})\\b`, 'i');
/** How far (characters) around "the second half" the words of a match report are looked for. */
const MATCH_REACH = 200;

export const PART_RULES: readonly RuleSpec[] = [
  {
    id: 'part.code', head: 'q|h', type: 'DATE', pattern: "([QH])([1-4])(?:\\s+({YEAR})|\\s*'(\\d\\d))?",
    build: ({ g }) => {
      if (g[1] !== g[1]!.toUpperCase() || (g[1] === 'H' && +g[2]! > 2)) return null; // "Q3", "H1"; not "q3", "H4"
      const y = g[3] ? +g[3] : g[4] ? fullYear(g[4]) : undefined;
      return { sketch: { kind: 'part', code: `${g[1]}${g[2]}`, ...(y === undefined ? {} : { y }), dir: 'tense' } };
    },
    examples: ['Q3', 'Q3 2024', "Q4 '25", 'H1 2025'],
  },
  {
    id: 'part.month-range', head: 'the|{MONTH}', type: 'DATE', pattern: '(?:the\\s+)?({MONTH})\\s*[-–/]\\s*({MONTH})\\s+(?:quarter|period)',
    build: ({ g }) => {
      const first = monthOf(g[1]!);
      // three months that make a calendar quarter: "the July-September quarter" is Q3
      return monthOf(g[2]!) === first + 2 && first % 3 === 1 ? { sketch: { kind: 'part', code: `Q${(first + 2) / 3}`, dir: 'tense' } } : null;
    },
    examples: ['the July-September quarter', 'April-June quarter'],
  },
  {
    // a quarter named by its last month, as results are reported: "the December quarter" is Q4
    id: 'part.month-quarter', head: 'the|{MONTH}', type: 'DATE', pattern: '(?:the\\s+)?({MONTH})[- ]quarter(?:\\s+(?:of\\s+)?({YEAR}))?',
    build: ({ g }) => {
      const m = monthOf(g[1]!);
      if (m % 3 !== 0) return null;
      return { sketch: { kind: 'part', code: `Q${m / 3}`, ...(g[2] ? { y: +g[2] } : {}), dir: 'tense' } };
    },
    examples: ['the December quarter', 'the June quarter of 2024', 'March-quarter'],
  },
  {
    id: 'part.quarter-of-year', head: 'the|fiscal|{QORD}|last|final|\\d', type: 'DATE',
    pattern: `(?:the\\s+)?(?:fiscal[- ])?({QORD}|last|final)[- ](?:fiscal[- ])?quarter\\s+(?:(?:of\\s+)?(?:fiscal\\s+|calendar\\s+)?({YEAR})|of\\s+${OF_RELATIVE_YEAR})`,
    build: ({ g }) => ({ sketch: { kind: 'part', code: quarter(g[1]!), ...(g[2] ? { y: +g[2], dir: 'tense' } : { yearBy: yearBy(g[3]!), dir: 'this' }) } }),
    examples: ['the third quarter of 1989', 'fourth quarter 2024', 'the last quarter of fiscal 1998', 'the first quarter of last year'],
  },
  {
    id: 'part.year-quarter', head: 'the|\\d{4}', type: 'DATE', pattern: "(?:the\\s+)?({YEAR})(?:'s)?\\s+(?:fiscal\\s+)?({QORD})[- ]quarter",
    build: ({ g }) => ({ sketch: { kind: 'part', code: quarter(g[2]!), y: +g[1]!, dir: 'tense' } }),
    examples: ['the 1988 second quarter', "1997's fourth quarter"],
  },
  {
    id: 'part.quarter', head: 'the|fiscal|{QORD}|\\d', type: 'DATE', pattern: '(?:the\\s+)?(?:fiscal[- ])?({QORD})[- ](?:fiscal[- ])?(?:quarter|qtr)',
    build: ({ g }) => ({ sketch: { kind: 'part', code: quarter(g[1]!), dir: 'tense' } }),
    examples: ['the third quarter', 'third-quarter', 'the fiscal first quarter', 'fourth quarter'],
  },
  {
    id: 'part.relative-quarter', head: 'next|last|this|the', afterThe: 'next|last|current|latest|previous', type: 'DATE', pattern: '(next|last|this|the\\s+(?:next|last|current|latest|previous))\\s+year\'s\\s+({QORD})[- ]quarter',
    build: ({ g }) => ({ sketch: { kind: 'part', code: quarter(g[2]!), dir: directionOf(g[1]) === 'next' ? 'next' : directionOf(g[1]) === 'last' ? 'last' : 'this' } }),
    examples: ["next year's first quarter", "this year's third quarter"],
  },
  {
    // a bare "the period" or "that period" is anaphoric to whatever span the story spoke of ("31 goals in that
    // period"): only a qualified one is the quarter just reported
    id: 'part.the-quarter', head: 'the|that', afterThe: 'latest|most|recent|fiscal|quarter', type: 'DATE', pattern: '(?:the|that)\\s+(?:(?:latest\\s+|most\\s+recent\\s+|recent\\s+)?(?:fiscal\\s+)?quarter|(?:latest|most\\s+recent|recent)\\s+(?:fiscal\\s+)?period)(?!-|\\s+(?:of|to|from|through|between))',
    build: () => ({ sketch: { kind: 'shift', grain: 'quarter', by: -1 } }),
    examples: ['the quarter', 'the latest quarter', 'the latest period'],
  },
  {
    id: 'part.half', head: 'the|first|second|last|latter|\\d', type: 'DATE', pattern: `(?:the\\s+)?(first|second|1st|2nd|last|latter)\\s+half(?:\\s+of\\s+(?:${OF_RELATIVE_YEAR}|(?:calendar\\s+)?({YEAR})))?`,
    build: ({ g, text, start, end }) => {
      const code = half(g[1]!);
      if (!g[2] && !g[3] && MATCH_PLAY.test(text.slice(Math.max(0, start - MATCH_REACH), end + MATCH_REACH))) return null; // a half of a match
      if (g[3]) return { sketch: { kind: 'part', code, y: +g[3], dir: 'tense' } };
      return { sketch: { kind: 'part', code, ...(g[2] ? { yearBy: yearBy(g[2]), dir: 'this' } : { dir: 'tense' }) } };
    },
    examples: ['the first half of the year', 'second half of 2025', 'the first half', 'the second half of next year'],
  },
  {
    id: 'part.season-year', head: 'the|{SEASON}', type: 'DATE', pattern: "(?:the\\s+)?({SEASON})\\s+(?:of\\s+)?({YEAR}|'\\d\\d(?![\\d'%]|s\\b))",
    build: ({ g }) => ({ sketch: { kind: 'part', code: seasonOf(g[1]!), y: fullYear(g[2]!.replace("'", '')), dir: 'tense' } }),
    examples: ['the winter of 1994', 'summer 2025', "the summer of '69"],
  },
  {
    id: 'part.season-relative', head: 'last|next|this|past|coming', type: 'DATE', pattern: '(last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+({SEASON})',
    build: ({ g }) => ({ sketch: { kind: 'part', code: seasonOf(g[2]!), dir: directionOf(g[1]) === 'tense' ? 'this' : directionOf(g[1]) } }),
    examples: ['last fall', 'this summer', 'this past spring', 'next winter'],
  },
  {
    // "that summer": the season of the year mentioned before
    id: 'part.season-anaphoric', head: 'the|that', afterThe: 'following|next|previous|preceding', type: 'DATE',
    pattern: '(the\\s+(?:following|next|previous|preceding)|that)\\s+({SEASON})',
    build: ({ g }) => ({ sketch: { kind: 'part', code: seasonOf(g[2]!), dir: /^that$/i.test(g[1]!) ? 'this' : directionOf(g[1]), anaphoric: 'always' } }),
    examples: ['the following spring', 'the previous winter', 'that summer'],
  },
  {
    id: 'part.season', head: 'the|{SEASON}', type: 'DATE', pattern: `(?:the\\s+)?${DATE_BEFORE_SEASON}({SEASON})(?!\\s+(?:of|in|into|back|up|out|for)\\b)`,
    // a capitalised season before a capitalised word is part of a name: "the Spring Festival", "the Summer Olympics"
    build: ({ g, text, start, end }) =>
      (/^the\s/i.test(g[0]!) || /\s$/.test(text.slice(start - 1, start))) && !(isName(g[1]) && /^\s+[A-Z]/.test(text.slice(end, end + 2)))
        ? { sketch: { kind: 'part', code: seasonOf(g[1]!), dir: 'tense' } }
        : null,
    examples: ['summer', 'the summer'],
  },
];
