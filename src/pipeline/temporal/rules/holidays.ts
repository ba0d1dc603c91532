import { HOLIDAY_NAMES, holidayId } from '../holidays';
import { type RuleSpec, wordsAfterThe } from '../rule';
import { directionOf } from './read';

// Holidays named in the holiday table (../holidays.ts): "Christmas Day", "last Thanksgiving", "Easter 2025".

export const HOLIDAY_RULES: readonly RuleSpec[] = [
  {
    id: 'holiday.named', head: ['last', 'next', 'this', ...HOLIDAY_NAMES.map((n) => n.split(/[^a-z]/i)[0])].join('|'), afterThe: wordsAfterThe(HOLIDAY_NAMES), type: 'DATE', pattern: '(?:(last|next|this|this\\s+past)\\s+)?({HOLIDAY})(?:,?\\s+({YEAR}))?',
    build: ({ g }) => {
      const id = holidayId(g[2]!);
      if (!id || g[2]![0] === g[2]![0]!.toLowerCase()) return null;
      const dir = directionOf(g[1]);
      return { sketch: g[3] ? { kind: 'holiday', id, y: +g[3], dir } : { kind: 'holiday', id, dir } };
    },
    examples: ['Christmas Day', 'last Thanksgiving', "New Year's Day", 'Easter 2025'],
  },
];
