import { isName, type RuleSpec } from '../rule';
import type { Built, Direction } from '../sketch';
import { directionOf, monthOf, partTime, weekdayOf } from './read';

// Weekdays and parts of days: "on Tuesday", "last Saturday", "next Friday", "Tuesday morning", "last night",
// "this morning", "tonight". A bare weekday takes the sentence's tense (resolve.ts).


function weekday(name: string, dir: Direction, partWord?: string, anaphoric = false): Built | null {
  if (!isName(name)) return null;
  const time = partWord ? partTime(partWord) : undefined;
  return {
    sketch: { kind: 'weekday', dow: weekdayOf(name), dir, ...(time ? { time } : {}), ...(anaphoric ? { anaphoric: 'always' as const } : {}) },
    ...(time ? { type: 'TIME' as const } : {}),
  };
}
/** "the previous Friday", "the following Monday", "that Monday": counted from the day the story mentioned before. */
const ANAPHORIC_LEAD = /^(?:the\s+(?:previous|following)|that)$/i;
/** After "that", a weekday that is a possessive or a verb's subject opens a clause: "that Monday's ruling", "that Friday is". */
const CLAUSE_SUBJECT = /^(?:['’]s\b|\s+(?:is|was|will|would|has|had|could|should|may|might|must)\b)/i;
/** Not a "that" that opens a reported clause: after a verb of saying or thinking. */
const THAT_NOT_REPORTED =
  '(?<!\\b(?:said|says|say|told\\s+\\w+|announced|added|noted|reported|warned|argued|believes?|believed|thinks?|thought|knows?|knew|hopes?|hoped|expects?|expected|claims?|claimed|insisted|confirmed|denied|suggested|shows?|showed|so|such|now)\\s)';

const DAY_SHIFT: Readonly<Record<string, number>> = { yesterday: -1, today: 0, this: 0, tomorrow: 1, last: -1 };

/** Which of a month's weekdays: "the first Tuesday", "the last Friday" (-1). */
const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, final: -1 };
/** ISO weekday number of Thursday: an ISO week belongs to the month (and year) that holds its Thursday. */
const THURSDAY = 4;

export const WEEKDAY_RULES: readonly RuleSpec[] = [
  {
    id: 'weekday.nth-of-month', head: `the|${Object.keys(NTH).join('|')}`, type: 'DATE',
    pattern: `(?:the\\s+)?(${Object.keys(NTH).join('|')})\\s+({WEEKDAY})\\s+(?:of|in)\\s+({MONTH})(?:,?\\s+({YEAR}))?`,
    build: ({ g }) =>
      isName(g[2]) && isName(g[3])
        ? { sketch: { kind: 'nthWeekday', n: NTH[g[1]!.toLowerCase()]!, dow: weekdayOf(g[2]!), m: monthOf(g[3]!), ...(g[4] ? { y: +g[4] } : {}), dir: 'tense' } }
        : null,
    examples: ['the first Tuesday of March', 'the last Friday in June', 'the second Sunday of May 2025'],
  },
  {
    // a week of a month is one with most of its days in it, so the ISO week of the month's nth Thursday: "the first
    // week of April" 2025 is W14 (March 31 to April 6), "the last week of March" 2009 is W13 (its March 31 is a Tuesday)
    id: 'weekday.nth-week-of-month', head: `the|${Object.keys(NTH).join('|')}`, type: 'DATE',
    pattern: `(?:the\\s+)?(${Object.keys(NTH).join('|')})\\s+week\\s+(?:of|in)\\s+({MONTH})(?:,?\\s+({YEAR}))?`,
    build: ({ g }) =>
      isName(g[2]) ? { sketch: { kind: 'nthWeekday', n: NTH[g[1]!.toLowerCase()]!, dow: THURSDAY, m: monthOf(g[2]!), ...(g[3] ? { y: +g[3] } : {}), dir: 'tense', week: true } } : null,
    examples: ['the first week of January', 'the last week of March', 'the second week in May 2025'],
  },
  {
    id: 'weekday.bare', head: '{WEEKDAY}', type: 'DATE', pattern: "({WEEKDAY})(?:'s)?(?:\\s+({DAYPART}))?",
    build: ({ g }) => weekday(g[1]!, 'tense', g[2]),
    examples: ['Tuesday', 'Friday morning', 'Wed.', "Friday's"],
  },
  {
    // "that Monday": the one by the day the story mentioned before ("…on Feb. 27 … bought two cans that Monday"), not
    // the "that" of a reported clause ("said that Monday's vote…")
    id: 'weekday.relative', head: 'last|next|this|coming|past|the|that', afterThe: 'previous|following|next', type: 'DATE',
    pattern: `(last|next|this|coming|this\\s+past|this\\s+coming|past|the\\s+previous|the\\s+following|the\\s+next|${THAT_NOT_REPORTED}that)\\s+({WEEKDAY})(?:\\s+({DAYPART}))?`,
    build: ({ g, text, end }) =>
      /^that$/i.test(g[1]!) && CLAUSE_SUBJECT.test(text.slice(end, end + 8)) ? null : weekday(g[2]!, directionOf(g[1]), g[3], ANAPHORIC_LEAD.test(g[1]!)),
    examples: ['last Saturday', 'next Friday', 'this Tuesday', 'the previous Friday', 'the following Monday', 'last Monday night', 'That Sunday'],
  },
  {
    id: 'weekday.part-of-day', head: 'yesterday|today|tomorrow|this|last', type: 'TIME', pattern: '(yesterday|today|tomorrow|this|last)\\s+({DAYPART})',
    build: ({ g }) => {
      const which = g[1]!.toLowerCase();
      const p = g[2]!.toLowerCase();
      if (which === 'last' && p !== 'night') return null; // "last evening" is rare; "last morning" is not a date
      return { sketch: { kind: 'shift', grain: 'day', by: DAY_SHIFT[which]!, time: partTime(p) } };
    },
    examples: ['last night', 'this morning', 'yesterday afternoon', 'tomorrow evening'],
  },
  {
    // a part of the day told early, mid or late (the modifier joins it: modifiers.ts), of the publication day unless a
    // day follows: "in late morning trading", "at mid-afternoon yesterday"; a bare "morning" is too often no date
    id: 'weekday.early-part', head: '{DAYPART}', type: 'TIME',
    pattern: '(?<=\\b(?:early|late|mid)(?:\\s+|-))(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow))?',
    build: ({ g }) => ({ sketch: { kind: 'shift', grain: 'day', by: DAY_SHIFT[g[2]?.toLowerCase() ?? 'today']!, time: partTime(g[1]!) } }),
    examples: ['late [morning]', 'mid-[afternoon yesterday]', 'early [evening]'],
  },
  {
    // "tonight" is a day, as TE3 tags it (rel.deictic-day)
    id: 'weekday.overnight', head: 'overnight', type: 'TIME', pattern: 'overnight',
    build: () => ({ sketch: { kind: 'shift', grain: 'day', by: 0, time: partTime('overnight'), overnight: true } }),
    examples: ['overnight'],
  },
];
