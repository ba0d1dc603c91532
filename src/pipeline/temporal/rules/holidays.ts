import { HOLIDAY_NAMES, holidayId } from '../holidays';
import { type RuleSpec, wordsAfterThe } from '../rule';
import type { Sketch } from '../sketch';
import { directionOf } from './read';

// Holidays named in the holiday table (../holidays.ts): "Christmas Day", "last Thanksgiving", "Easter 2025",
// "Labor Day weekend".

export const HOLIDAY_RULES: readonly RuleSpec[] = [
  {
    id: 'holiday.named', head: ['last', 'next', 'this', ...HOLIDAY_NAMES.map((n) => n.split(/[^a-z]/i)[0])].join('|'), afterThe: wordsAfterThe(HOLIDAY_NAMES), type: 'DATE', pattern: '(?:(last|next|this|this\\s+past)\\s+)?({HOLIDAY})(\\s+weekend)?(?:,?\\s+({YEAR}))?',
    build: ({ g }) => {
      const id = holidayId(g[2]!);
      if (!id || g[2]![0] === g[2]![0]!.toLowerCase()) return null;
      const sketch: Sketch & { kind: 'holiday' } = { kind: 'holiday', id, dir: directionOf(g[1]) };
      if (g[4]) sketch.y = +g[4];
      if (g[3]) sketch.weekend = true; // "Labor Day weekend": the weekend nearest the day
      return { sketch };
    },
    examples: ['Christmas Day', 'last Thanksgiving', "New Year's Day", 'Easter 2025', 'Labor Day weekend'],
  },
];
