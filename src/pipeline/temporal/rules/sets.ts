import { isName, type RuleSpec } from '../rule';
import { count, durationValue, monthOf, partTime, seasonOf, unitOf, weekdayOf } from './read';

// Sets (recurring times): "every week" P1W, "annually" P1Y, "daily", "each July" XXXX-07, "on Mondays" XXXX-WXX-1,
// "twice a year" P1Y with freq 2X.

export const ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', 'bi-weekly': 'P2W', 'semi-annually': 'P6M', biannually: 'P6M',
};
const TIMES: Readonly<Record<string, string>> = { once: '1X', twice: '2X', thrice: '3X' };

export const SET_RULES: readonly RuleSpec[] = [
  {
    id: 'set.adverb', head: Object.keys(ADVERBS).join('|'), type: 'SET', pattern: Object.keys(ADVERBS).join('|'),
    build: ({ g, text, end }) => (/^\s+(?:mail|news|star|telegraph|express|beast)\b/i.test(text.slice(end, end + 12)) || isName(g[0]) && /^\s+[A-Z]/.test(text.slice(end, end + 3)) ? null : { sketch: { kind: 'value', value: ADVERBS[g[0]!.toLowerCase()]! } }),
    examples: ['daily', 'annually', 'weekly'],
  },
  {
    id: 'set.every-unit', head: 'every|each|per', type: 'SET', pattern: '(?:every|each|per)\\s+(?:({NUM})\\s+)?(?:other\\s+)?({UNIT})',
    build: ({ g }) => {
      const n = g[1] ? count(g[1]) : 1;
      if (typeof n !== 'number') return null;
      return { sketch: { kind: 'value', value: durationValue(/other/i.test(g[0]!) ? 2 : n, g[2]!) }, quant: g[0]!.split(/\s+/)[0]!.toUpperCase() };
    },
    examples: ['every week', 'each year', 'every two years', 'every other day', 'per day'],
  },
  {
    id: 'set.times-per-unit', head: 'once|twice|thrice|{NUM}|\\d+', type: 'SET', pattern: '(once|twice|thrice|({NUM})\\s+times)\\s+(?:a|an|per|each|every)\\s+({UNIT1})',
    build: ({ g }) => {
      const n = g[2] ? count(g[2]) : null;
      const freq = TIMES[g[1]!.toLowerCase()] ?? (typeof n === 'number' ? `${n}X` : null);
      return freq ? { sketch: { kind: 'value', value: durationValue(1, g[3]!) }, freq } : null;
    },
    examples: ['twice a year', 'three times a week', 'once a month'],
  },
  {
    id: 'set.every-weekday', head: 'every|each|{WEEKDAY}|\\w+days', type: 'SET', pattern: '(?:every|each)\\s+(?:other\\s+)?({WEEKDAY})(?:\\s+({DAYPART}))?|({WEEKDAY})s(?:\\s+({DAYPART})s)?|({WEEKDAY})\\s+({DAYPART})s',
    build: ({ g }) => {
      const day = (g[1] ?? g[3] ?? g[5])!;
      const p = g[2] ?? g[4] ?? g[6];
      return isName(day) ? { sketch: { kind: 'value', value: `XXXX-WXX-${weekdayOf(day)}${p ? partTime(p) : ''}` } } : null;
    },
    examples: ['every Thursday', 'Mondays', 'Tuesday nights', 'each Friday morning', 'every other Saturday'],
  },
  {
    id: 'set.every-daypart', head: 'every|each', type: 'SET', pattern: '(?:every|each)\\s+({DAYPART})',
    build: ({ g }) => ({ sketch: { kind: 'value', value: `XXXX-XX-XX${partTime(g[1]!)}` } }),
    examples: ['every morning', 'each evening'],
  },
  {
    id: 'set.every-month', head: 'every|each', type: 'SET', pattern: '(?:every|each)\\s+({MONTH})',
    build: ({ g }) => (isName(g[1]) ? { sketch: { kind: 'value', value: `XXXX-${String(monthOf(g[1]!)).padStart(2, '0')}` } } : null),
    examples: ['each July', 'every December'],
  },
  {
    id: 'set.every-weekend', head: 'every|each', type: 'SET', pattern: '(?:every|each)\\s+weekend',
    build: () => ({ sketch: { kind: 'value', value: 'XXXX-WXX-WE' } }),
    examples: ['every weekend', 'each weekend'],
  },
  {
    id: 'set.every-season', head: 'every|each', type: 'SET', pattern: '(?:every|each)\\s+({SEASON})',
    build: ({ g }) => ({ sketch: { kind: 'value', value: `XXXX-${seasonOf(g[1]!)}` } }),
    examples: ['each spring', 'every autumn'],
  },
  {
    id: 'set.per-unit', head: 'a|an', type: 'SET', pattern: '(?<=(?:\\d|\\b(?:dollars|cents|times|flights|visits|trips))\\s)an?\\s+({UNIT1})',
    build: ({ g }) => (unitOf(g[1]!) ? { sketch: { kind: 'value', value: durationValue(1, g[1]!) } } : null),
    examples: ['5 dollars [a year]', 'four flights [a week]'],
  },
];
