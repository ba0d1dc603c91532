import { type RuleSpec, wordsAfterThe } from '../rule';
import { NUMBERS } from '../words';

// Vague references to the present, past and future (TimeML PRESENT_REF / PAST_REF / FUTURE_REF): "now", "currently",
// "recently", "in recent years", "the past", "the future". ("recent weeks/days/months" are vague durations, PXW,
// in durations.ts.) Words that are too often not temporal in news
// ("previously", "soon", "current", "future" as an adjective) are left out on purpose.

export const REFS: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PAST_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF', 'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  'the present time': 'PRESENT_REF', 'this time': 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', 'the past': 'PAST_REF',
  'recent years': 'PAST_REF', 'the last few years': 'PAST_REF',
  'the past few years': 'PAST_REF', 'the last few months': 'PAST_REF', 'past years': 'PAST_REF',
  'the future': 'FUTURE_REF', 'a later date': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the years ahead': 'FUTURE_REF',
};

/** What follows "the past" when it opens a span: "the past three years", "the past five trading sessions", "the past few days". */
const COUNTED = new RegExp(`^\\s+(?:\\d|(?:${[...Object.keys(NUMBERS), 'few', 'several', 'couple'].join('|')})\\b|[a-z]+\\s+(?:years|months|weeks|days|decades))`, 'i');

export const REFERENCE_RULES: readonly RuleSpec[] = [
  {
    id: 'ref.word', head: [...new Set(Object.keys(REFS).map((k) => k.split(' ')[0]))].join('|'), afterThe: wordsAfterThe(Object.keys(REFS)), type: 'DATE',
    pattern: Object.keys(REFS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|'),
    build: ({ g, text, end }) => {
      const k = g[0]!.toLowerCase().replace(/\s+/g, ' ');
      // "the past" as a noun only, not the start of "the past three years"
      if (k === 'the past' && COUNTED.test(text.slice(end, end + 24))) return null;
      return { sketch: { kind: 'value', value: REFS[k]! } };
    },
    examples: ['now', 'recently', 'the future', 'recent years', 'currently', 'the past'],
  },
];
