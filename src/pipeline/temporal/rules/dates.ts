import { isValidDay } from '../calendar';
import { isName, type RuleSpec } from '../rule';
import type { Built } from '../sketch';
import { MONTHS, readOrdinal } from '../words';
import { dayOf, directionOf, fullYear, monthOf, shiftBy, weekdayOf } from './read';

// Calendar dates written with a month name or in numbers: "4 June", "June 4, 2025", "Dec. 3", "3rd of December",
// "2025-06-04", "04/06". A missing year is left implied (the resolver infers it from the anchor and tense).

function day(y: number | undefined, m: number, d: number): Built | null {
  if (!isValidDay(y ?? 2000, m, d)) return null; // 2000 is a leap year: "Feb. 29" stays possible without a year
  return { sketch: y === undefined ? { kind: 'date', m, d } : { kind: 'date', y, m, d } };
}

/** A day without a year keeps the weekday written with it, which tells its year ("Saturday, May 3"). */
function withWeekday(built: Built | null, name: string): Built | null {
  if (built?.sketch.kind !== 'date' || built.sketch.y !== undefined) return built;
  return { sketch: { ...built.sketch, dow: weekdayOf(name) } };
}

/** A year right after a day: "Aug. 14[, 2017]". */
const YEAR_NEXT = /^,?\s+(?:1[6-9]|20)\d\d(?!\d)/;
/** Words after which "May" or "March" alone is the month. */
const INTRODUCES_MONTH = /\b(?:in|since|until|till|by|during|before|after|through|from|to|of|early|late|mid-?|end|and|or|between)\s+$/i;
/** A determiner before a month used as an adjective: "the March meeting", "its May deadline". */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that)\s+$/i;
/**
 * … before a lower-case noun that is no preposition ("the March on Washington") and none that a name leads ("the May
 * government", "the May years").
 */
const NOUN_AFTER = /^\s+(?!(?:on|of|to|for|in|into|through|across|against|from|past|by|toward|towards|and|or|government|administration|cabinet|ministry|premiership|era|years|team|camp|family)\b)[a-z]/;

const MONTH_NAME = `(?:${Object.keys(MONTHS).filter((m) => m !== 'may').join('|')})\\.?`;
const MONTH_THEN_DAY = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}\\b`, 'gi');
const DAY_THEN_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?![a-z])`, 'gi');
const occurrences = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/**
 * Numeric d/m or m/d: the order one number rules out, else the order the page writes its dates in words ("July 8"
 * on a US page makes 7/8/07 the 8th of July), else day first.
 */
function numeric(a: number, b: number, y: number | undefined, text: string): Built | null {
  if (a > 12) return day(y, b, a);
  if (b > 12) return day(y, a, b);
  return occurrences(MONTH_THEN_DAY, text) > occurrences(DAY_THEN_MONTH, text) ? day(y, a, b) : day(y, b, a);
}

export const DATE_RULES: readonly RuleSpec[] = [
  {
    id: 'date.iso', head: '\\d{4}', type: 'DATE', pattern: '(\\d{4})-(\\d{2})-(\\d{2})',
    build: ({ g }) => day(+g[1]!, +g[2]!, +g[3]!), examples: ['2025-06-04'],
  },
  {
    id: 'date.month-day-year', head: '{MONTH}', type: 'DATE', pattern: '({MONTH})\\s+({DAYNUM}),?\\s+({YEAR})',
    build: ({ g }) => (isName(g[1]) ? day(+g[3]!, monthOf(g[1]!), dayOf(g[2]!)) : null),
    examples: ['June 4, 2025', 'Sept. 27, 1989', 'Dec 3rd 2024'],
  },
  {
    id: 'date.day-month-year', head: 'the|\\d{1,2}', type: 'DATE', pattern: '(?:the\\s+)?({DAYNUM})(?:\\s+of)?\\s+({MONTH}),?\\s+({YEAR})',
    build: ({ g }) => (isName(g[2]) ? day(+g[3]!, monthOf(g[2]!), dayOf(g[1]!)) : null),
    examples: ['4 June 2025', '3rd of December 2024'],
  },
  {
    id: 'date.weekday-month-day', head: '{WEEKDAY}', type: 'DATE', pattern: '({WEEKDAY}),?\\s+({MONTH})\\s+({DAYNUM})(?:,?\\s+({YEAR}))?',
    build: ({ g }) => (isName(g[1]) && isName(g[2]) ? withWeekday(day(g[4] ? +g[4] : undefined, monthOf(g[2]!), dayOf(g[3]!)), g[1]!) : null),
    examples: ['Monday, Oct. 23', 'Friday, Oct. 27, 1989'],
  },
  {
    id: 'date.weekday-day-month', head: '{WEEKDAY}', type: 'DATE', pattern: '({WEEKDAY}),?\\s+({DAYNUM})\\s+({MONTH})(?:,?\\s+({YEAR}))?',
    build: ({ g }) => (isName(g[1]) && isName(g[3]) ? withWeekday(day(g[4] ? +g[4] : undefined, monthOf(g[3]!), dayOf(g[2]!)), g[1]!) : null),
    examples: ['Thursday 19 December 2024', 'Tuesday, 4 June'],
  },
  {
    id: 'date.month-day', head: '{MONTH}', type: 'DATE', pattern: '({MONTH})\\s+({DAYNUM})(?![:.,]?\\d)',
    build: ({ g }) => (isName(g[1]) ? day(undefined, monthOf(g[1]!), dayOf(g[2]!)) : null),
    examples: ['June 4', 'Dec. 3', 'November 29th'],
  },
  {
    id: 'date.day-month', head: 'the|\\d{1,2}', type: 'DATE', pattern: '(?:the\\s+)?({DAYNUM})(?:\\s+of)?\\s+({MONTH})',
    build: ({ g }) => (isName(g[2]) ? day(undefined, monthOf(g[2]!), dayOf(g[1]!)) : null),
    examples: ['4 June', '3rd of December', 'the 3rd of December'],
  },
  {
    id: 'date.week-of', head: 'the|week', type: 'DATE',
    pattern: '(?:the\\s+)?week\\s+of\\s+(?:({MONTH})\\s+({DAYNUM})|(?:the\\s+)?({DAYNUM})(?:\\s+of)?\\s+({MONTH}))(?:,?\\s+({YEAR}))?(?![:.,]?\\d)',
    build: ({ g }) => {
      const name = g[1] ?? g[4]!;
      const built = isName(name) ? day(g[5] ? +g[5] : undefined, monthOf(name), dayOf(g[2] ?? g[3]!)) : null;
      return built && built.sketch.kind === 'date' ? { sketch: { ...built.sketch, week: true } } : null;
    },
    examples: ['the week of March 6', 'the week of 6 March 2000', 'the week of Jan. 6, 2025'],
  },
  {
    id: 'date.ordinal-word-of-month', head: 'the|twenty|thirty|{ORDWORD}', type: 'DATE', pattern: '(?:the\\s+)?({ORDWORD})\\s+of\\s+({MONTH})(?:,?\\s+({YEAR}))?',
    build: ({ g }) => (isName(g[2]) ? day(g[3] ? +g[3] : undefined, monthOf(g[2]!), readOrdinal(g[1]!)!) : null),
    examples: ['the third of December', 'first of May 2020'],
  },
  {
    // as said aloud: "November eleventh", "June twenty-first, 1998", before punctuation or a preposition; not "the March
    // second-quarter report", "sales in March first rose"
    id: 'date.month-ordinal-word', head: '{MONTH}', type: 'DATE',
    pattern: '({MONTH})\\s+(?:the\\s+)?({ORDWORD})(?:,?\\s+({YEAR}))?(?=\\s*(?:[,.;:!?)"”]|$)|\\s+(?:at|in|on|and|or|to|when|from|until|,)\\b)',
    build: ({ g }) => (isName(g[1]) ? day(g[3] ? +g[3] : undefined, monthOf(g[1]!), readOrdinal(g[2]!)!) : null),
    examples: ['November eleventh', 'June twenty-first, 1998', 'May the first'],
  },
  {
    id: 'date.month-day-range', head: '{MONTH}', type: 'DATE', pattern: '({MONTH})\\s+({DAYNUM})\\s?[-–]\\s?(?:{DAYNUM})(?:,?\\s+({YEAR}))?',
    build: ({ g }) => (isName(g[1]) ? day(g[3] ? +g[3] : undefined, monthOf(g[1]!), dayOf(g[2]!)) : null),
    examples: ['September 23-29', 'June 15–17, 2025'],
  },
  {
    id: 'date.numeric-dmy', head: '\\d{1,2}', type: 'DATE', pattern: '(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\.?\\d)',
    build: ({ g, text }) => numeric(+g[1]!, +g[3]!, fullYear(g[4]!), text),
    examples: ['04/06/2025', '12/25/2024', '19.12.2024'],
  },
  {
    // "on the 15th", "since the 4th of this month": a day of a month left to the reader (not "the 15th floor")
    id: 'date.the-nth', head: 'the', afterThe: '\\d+', type: 'DATE',
    pattern: '(?<=\\b(?:on|by|until|till|from|since|before|after)\\s)the\\s+(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)(?:\\s+of\\s+(this|last|next)\\s+month)?(?![ \\t]+(?!(?:of|and|or|at|in|on|to|when|as|for|with|was|is|will)\\b)[a-z])',
    build: ({ g }) => ({ sketch: g[2] ? { kind: 'monthday', d: +g[1]!, monthBy: shiftBy(directionOf(g[2])) } : { kind: 'monthday', d: +g[1]! } }),
    examples: ['on [the 15th]', 'since [the 4th of this month]', 'by [the 22nd of next month]'],
  },
  {
    // year first, as East Asian outlets write it: "2025.06.04", "2025/6/4"
    id: 'date.numeric-ymd', head: '\\d{4}', type: 'DATE', pattern: '((?:1[6-9]|20)\\d\\d)([/.])(\\d{1,2})\\2(\\d{1,2})(?!\\.?\\d)',
    build: ({ g }) => day(+g[1]!, +g[3]!, +g[4]!),
    examples: ['2025.06.04', '2025/6/4'],
  },
  {
    id: 'date.numeric-dm', head: '\\d{1,2}', type: 'DATE', pattern: '(?<![\\d/.,$])(\\d{1,2})/(\\d{1,2})(?![/\\d])',
    build: ({ g, text, start }) => (/\b(?:on|in|since|from|until|by)\s+$/i.test(text.slice(Math.max(0, start - 7), start)) ? numeric(+g[1]!, +g[2]!, undefined, text) : null),
    examples: ['04/06'],
  },
  {
    id: 'date.month-year', head: '{MONTH}', type: 'DATE', pattern: '({MONTH}),?\\s+(?:of\\s+)?({YEAR})',
    build: ({ g }) => (isName(g[1]) ? { sketch: { kind: 'date', y: +g[2]!, m: monthOf(g[1]!) } } : null),
    examples: ['June 2025', 'August, 1998', 'December of 2024'],
  },
  {
    id: 'date.month-relative', head: 'last|next|this', type: 'DATE', pattern: '(last|next|this|this\\s+past|this\\s+coming)\\s+({MONTH})(?:\\s+({DAYNUM})(?![:.,]?\\d))?',
    build: ({ g, text, end }) => {
      // "In this Aug. 14, 2017, file photo": the year is stated, "this" only points at the photo
      if (!isName(g[2]) || YEAR_NEXT.test(text.slice(end, end + 8))) return null;
      const dir = /past/i.test(g[1]!) ? 'last' : /coming/i.test(g[1]!) ? 'next' : (g[1]!.toLowerCase() as 'last' | 'next' | 'this');
      return { sketch: { kind: 'date', m: monthOf(g[2]!), ...(g[3] ? { d: dayOf(g[3]) } : {}), dir } };
    },
    examples: ['last April', 'next June', 'this September', 'last Oct. 23'],
  },
  {
    id: 'date.month-anaphoric', head: 'the', afterThe: 'following|next|previous|preceding', type: 'DATE',
    pattern: 'the\\s+(following|next|previous|preceding)\\s+({MONTH})(?![:.,]?\\s*\\d)',
    build: ({ g }) => (isName(g[2]) ? { sketch: { kind: 'date', m: monthOf(g[2]!), dir: directionOf(g[1]), anaphoric: 'always' } } : null),
    examples: ['the following March', 'the previous December', 'the next June'],
  },
  {
    // the year of the date mentioned before: "ten years ago this month … resigned in September of that year"
    id: 'date.month-of-that-year', head: '{MONTH}', type: 'DATE',
    pattern: '({MONTH})(?:\\s+({DAYNUM}))?,?\\s+of\\s+(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|the\\s+prior)\\s+year',
    build: ({ g }) => {
      if (!isName(g[1])) return null;
      const yearBy = /^that|same/i.test(g[3]!) ? 0 : /previous|preceding|prior/i.test(g[3]!) ? -1 : 1;
      return { sketch: { kind: 'date', m: monthOf(g[1]!), ...(g[2] ? { d: dayOf(g[2]) } : {}), yearBy, anaphoric: 'always' } };
    },
    examples: ['September of that year', 'March 3 of the same year', 'June of the following year'],
  },
  {
    id: 'date.month-of-relative-year', head: '{MONTH}', type: 'DATE', pattern: '({MONTH})(?:\\s+({DAYNUM}))?,?\\s+(?:of\\s+)?(this|last|next)\\s+year(?!\\s*\'s)',
    build: ({ g }) => {
      if (!isName(g[1])) return null;
      const yearBy = shiftBy(directionOf(g[3]));
      return { sketch: { kind: 'date', m: monthOf(g[1]!), ...(g[2] ? { d: dayOf(g[2]) } : {}), yearBy } };
    },
    examples: ['January this year', 'July last year', 'March 3 next year', 'October of next year'],
  },
  {
    id: 'date.month', head: '{MONTH}', type: 'DATE', pattern: '({MONTH})(?!\\s*\\d)',
    build: ({ g, text, start, end }) => {
      if (!isName(g[1]) || (g[1]!.length <= 4 && !/^(may|june|july)$/i.test(g[1]!) && !g[1]!.endsWith('.'))) return null; // "Jan" alone is a name
      // "May" and "March" are also a verb and a modal: alone, only after a word that introduces a date, or as a
      // determiner's adjective before a noun ("at the March meeting", "its May deadline"; not "the March on Washington")
      if (/^(may|march)$/i.test(g[1]!) && !INTRODUCES_MONTH.test(text.slice(Math.max(0, start - 10), start)) && !(DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 7), start)) && NOUN_AFTER.test(text.slice(end, end + 16)))) return null;
      return { sketch: { kind: 'date', m: monthOf(g[1]!) } };
    },
    examples: ['December', 'Sept.', 'June'],
  },
];
