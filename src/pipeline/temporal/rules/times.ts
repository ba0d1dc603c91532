import type { RuleSpec } from '../rule';
import type { Built } from '../sketch';
import { DOT_CLOCK_ZONES } from '../words';
import { count } from './read';

// Clock times: "08:21 GMT", "1200 GMT", "10 p.m.", "2024-12-19 08:21 GMT", "noon", "midnight".
// A clock time alone is a time of the day mentioned just before, else of the anchor day (index.ts); a following day
// ("10 p.m. Wednesday") is joined in merge.ts.

const hour12 = (h: number, ampm: string | undefined) => {
  if (!ampm) return h;
  const pm = /^p/i.test(ampm);
  return h === 12 ? (pm ? 12 : 0) : pm ? h + 12 : h;
};
/** The 24-hour clock of "4 in the morning", "10 at night" ("2 at night" is small hours), "six o'clock" (as written). */
function hourOfPart(h: number, part: string | undefined): number {
  const p = part?.toLowerCase();
  if (p === undefined || p === 'morning') return p === 'morning' && h === 12 ? 0 : h;
  if (p === 'night') return h === 12 ? 24 : h >= 6 ? h + 12 : h;
  return h === 12 ? 12 : h + 12;
}
const clock = (hh: number, mm: number): Built | null => (hh <= 24 && mm < 60 && !(hh === 24 && mm > 0) ? { sketch: { kind: 'clock', hh, mm } } : null);

export const TIME_RULES: readonly RuleSpec[] = [
  {
    id: 'time.iso-datetime', head: '\\d{4}', type: 'TIME', pattern: '(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?:Z|{ZONE}))?',
    build: ({ g }) => (+g[4]! < 24 && +g[5]! < 60 ? { sketch: { kind: 'value', value: `${g[1]}-${g[2]}-${g[3]}T${g[4]}:${g[5]}` } } : null),
    examples: ['2024-12-19 08:21 GMT', '2025-06-04T10:00:00Z'],
  },
  {
    // with a colon; with a dot (British) only before am/pm or a zone: "9.30am", "17.30 GMT", as "9.30" alone is a number
    id: 'time.clock', head: '\\d{1,2}', type: 'TIME',
    pattern: `(?<![\\d:.])(?:([01]?\\d|2[0-4]):([0-5]\\d)(?::[0-5]\\d)?(?:\\s*({AMPM}))?|(1[0-2]|0?[1-9])\\.([0-5]\\d)\\s*({AMPM})|([01]?\\d|2[0-3])\\.([0-5]\\d)(?=\\s*(?:${DOT_CLOCK_ZONES.join('|')})\\b))(?:\\s*(?:\\({ZONE}\\)|{ZONE}))?(?![:\\d])`,
    build: ({ g }) => {
      const [hh, mm, ampm] = g[1] ? [g[1], g[2]!, g[3]] : g[4] ? [g[4], g[5]!, g[6]] : [g[7]!, g[8]!, undefined];
      return ampm && +hh > 12 ? null : clock(hour12(+hh, ampm), +mm);
    },
    examples: ['08:21 GMT', '10:35 a.m.', '7:15 p.m.', '11:41', '9.30am', '7.45 p.m. GMT', '17.30 GMT'],
  },
  {
    // a clock hour: "10 p.m.", "6 am"; after a preposition also "at 4 in the morning", "about six o'clock", "until 10
    // at night" (one rule, one regex call per number)
    id: 'time.hour', head: '\\d{1,2}|{NUM}', type: 'TIME',
    pattern: "(?<![\\d:.$])(1[0-2]|0?[1-9])\\s*({AMPM})(?:\\s*(?:\\({ZONE}\\)|{ZONE}))?" +
      "|(?<=\\b(?:at|about|around|until|till|by|before|after|from|to)\\s)({NUM})(?:(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))|\\s+o'clock(?:\\s+(?:{ZONE}))?)",
    build: ({ g }) => {
      if (g[1]) return clock(hour12(+g[1], g[2]), 0);
      const h = count(g[3]);
      return typeof h === 'number' && Number.isInteger(h) && h >= 1 && h <= 12 ? clock(hourOfPart(h, g[4] ?? g[5]), 0) : null;
    },
    examples: ['10 p.m.', '6 am', '9 am EST', 'at [4 in the morning]', "about [six o'clock]", 'until [10 at night]', "at [3 o'clock in the afternoon]"],
  },
  {
    id: 'time.military', head: '\\d{4}', type: 'TIME', pattern: '(?<![\\d:.$])([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hours\\s+)?(?:\\({ZONE}\\)|{ZONE})',
    build: ({ g }) => clock(+g[1]!, +g[2]!),
    examples: ['1200 GMT', '0735 GMT', '1400 hours UTC'],
  },
  {
    id: 'time.noon', head: 'noon|midday|midnight', type: 'TIME', pattern: '(noon|midday|midnight)',
    build: ({ g }) => clock(/midnight/i.test(g[1]!) ? 24 : 12, 0),
    examples: ['noon', 'midnight', 'midday'],
  },
];
