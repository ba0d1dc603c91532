import type { RuleSpec } from '../rule';
import type { Built } from '../sketch';
import { COUNT_MODIFIERS, UNITS } from '../words';
import { count, durationValue, fractionOf } from './read';

// Durations: "two weeks" P2W, "11 years" P11Y, "180 days" P180D, "three hours" PT3H, "the past three years" P3Y,
// "a two-year term" P2Y, "several months" PXM, "the next few days" PXD, "decades" PXE.

const WINDOW = '(?:the\\s+)?(?:(?:past|last|next|first|previous|coming|latest|final|following|further|remaining|initial|same)\\s+)?';

/** A whole number of units and a fraction ("2 1/2 years", "a minute and a half"), or null for "2.5 1/2". */
function fractional(number: string, fraction: string, unit: string): Built | null {
  const n = count(number);
  return typeof n === 'number' && Number.isInteger(n) ? { sketch: { kind: 'value', value: durationValue(n + fractionOf(fraction), unit) } } : null;
}

/** "Last" as a verb: after "to" or a modal ("expected to last two weeks", "could last months"). */
const VERB_LAST = /\b(?:to|will|would|could|can|may|might|should|must|not|'ll)\s+$/i;

/** What follows "a second" when it is the ordinal: a word other than one that goes with the unit ("a second later"). */
const ORDINAL_SECOND = /^\s+(?!(?:later|earlier|ago|before|after|or|longer|of)\b)[\p{L}\d]/iu;

export const DURATION_RULES: readonly RuleSpec[] = [
  {
    id: 'duration.n-units', head: 'couple|few|several|some|many|number|the|past|last|next|first|previous|coming|latest|final|following|further|remaining|initial|same|{NUM}|{VAGUE}|\\d+', type: 'DURATION', pattern: `${WINDOW}({NUM}|{VAGUE})(?:\\s+(?:${COUNT_MODIFIERS.join('|')}))?\\s+({UNIT})(?!-(?:earlier|ago|long|point|final|mile)|[- ]old\\b)(?:\\s+or\\s+so)?`,
    build: ({ g, text, start, end }) => {
      if (/^last\s/i.test(g[0]!) && VERB_LAST.test(text.slice(Math.max(0, start - 8), start))) return null; // the verb: "two weeks" is found next
      const n = count(g[1]);
      if (n === null || (typeof n === 'number' && (n > 10000 || /^(1[6-9]|20)\d\d$/.test(g[1]!)))) return null; // "the 1988 quarter"
      if (/^[A-Z][a-z]/.test(g[2]!)) return null; // a title: "60 Minutes"
      if (/^the\s+(?:a|an)\s/i.test(g[0]!)) return null; // "the a" is not English
      if (/^an?\s+(?:quarter|half)$/i.test(g[0]!) && /^\s+of\b/.test(text.slice(end, end + 4))) return null; // "a quarter of voters"
      if (/^a\s+second$/i.test(g[0]!) && ORDINAL_SECOND.test(text.slice(end, end + 12))) return null; // "a second summit"
      return { sketch: { kind: 'value', value: durationValue(n, g[2]!) }, ...(/or so$/i.test(g[0]!) ? { mod: 'APPROX' } : {}) };
    },
    examples: ['for [two weeks]', 'for [11 years]', 'for [180 days]', 'for [three hours]', 'the past three years', 'several months', 'the next few days', 'for [a year]'],
  },
  {
    id: 'duration.compound', head: '{NUM}|\\d+', type: 'DURATION', pattern: '({NUM})-({UNIT1})(?:-long)?(?!-old)',
    build: ({ g }) => {
      const n = count(g[1]);
      return typeof n === 'number' ? { sketch: { kind: 'value', value: durationValue(n, g[2]!) } } : null;
    },
    examples: ['two-year', '99-year', 'five-hour', '52-week', '10-day-long'],
  },
  {
    // "a day-long meeting" is a day; "a decades-long feud" lasted some decades
    id: 'duration.unit-long', head: '{UNIT}', type: 'DURATION', pattern: '({UNIT})-long',
    build: ({ g }) => {
      const unit = g[1]!.toLowerCase();
      return { sketch: { kind: 'value', value: durationValue(unit in UNITS ? 1 : 'X', unit) } }; // plurals are not table keys
    },
    examples: ['day-long', 'decades-long', 'year-long', 'months-long'],
  },
  {
    id: 'duration.plural-units', head: 'the|coming|next|past|last|recent|hours|days|weeks|months|years|decades|centuries', afterThe: 'coming|next|past|last|recent', type: 'DURATION',
    pattern: '(?:(?<=\\b(?:for|over|in|within|lasting|took|takes|take)\\s)|(?:the\\s+)?(?:coming|next|past|last|recent)\\s+)(hours|days|weeks|months|years|decades|centuries)(?!\\s+(?:of|ago|earlier|later|before|after|old))',
    build: ({ g }) => ({ sketch: { kind: 'value', value: durationValue('X', g[1]!) } }),
    examples: ['years', 'the coming weeks', 'recent months', 'decades'],
  },
  {
    id: 'duration.half-unit', head: 'a|half', type: 'DURATION', pattern: 'a\\s+half[\\s-](hour|day|year|decade|century)|half\\s+an?\\s+(hour|day|year|decade|century)',
    build: ({ g }) => ({ sketch: { kind: 'value', value: durationValue(0.5, (g[1] ?? g[2])!) } }),
    examples: ['half an hour', 'a half day', 'half a year', 'half a century', 'a half-century'],
  },
  {
    id: 'duration.fraction', head: '{NUM}|\\d+', type: 'DURATION', pattern: '({NUM})(?:\\s+|\\s?(?=[½¼¾]))({FRACTION})[\\s-]+({UNIT})',
    build: ({ g }) => fractional(g[1]!, g[2]!, g[3]!),
    examples: ['2 1/2 years', 'two and a half years', '5 1/2 hours', '1½ days', 'one and a half years'],
  },
  {
    id: 'duration.unit-and-a-half', head: '{NUM}|\\d+', type: 'DURATION', pattern: '({NUM})\\s+({UNIT})\\s+(and\\s+a\\s+(?:half|quarter))',
    build: ({ g }) => fractional(g[1]!, g[3]!, g[2]!),
    examples: ['a minute and a half', 'an hour and a half', 'two years and a half'],
  },
];
