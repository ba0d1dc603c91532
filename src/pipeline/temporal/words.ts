// Vocabulary of English temporal expressions, as data. Rules refer to these tables through {MACROS} (see rule.ts),
// so a word added here is recognised by every rule that uses its macro.

/** Month names and their abbreviations ("Sept." and "Sep." both occur in news). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** ISO weekday numbers, 1 = Monday. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words; "a"/"an" count as one ("a year ago"). */
export const NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, 'a dozen': 12, hundred: 100, 'a hundred': 100, 'a couple of': 2, 'couple of': 2, 'a couple': 2, 'a pair of': 2,
};

/** Fractions after a whole number: "2 1/2 years", "two and a half hours", "1½ days". */
export const FRACTIONS: Readonly<Record<string, number>> = {
  '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, '½': 0.5, '¼': 0.25, '¾': 0.75,
  'and a half': 0.5, 'and a quarter': 0.25, 'and three quarters': 0.75,
};

/**
 * Superlatives and ordinals that make "in N years" a span looked back over, not a date ahead: "the first budget
 * by a Labour government in 14 years", "its weakest level in two years", "the smallest gain in a year".
 */
export const SUPERLATIVES: readonly string[] = [
  'first', 'only', 'most', 'least', 'fewest', 'highest', 'lowest', 'biggest', 'largest', 'smallest', 'strongest',
  'weakest', 'best', 'worst', 'fastest', 'slowest', 'sharpest', 'steepest', 'deepest', 'longest', 'shortest',
  'greatest', 'heaviest', 'hottest', 'coldest', 'warmest', 'wettest', 'driest', 'busiest', 'deadliest', 'costliest',
  'closest', 'tightest', 'worst-ever', 'record',
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
];

/** Vague quantities: TimeML writes them as X ("several years" = PXY). */
/** Words between a count and its unit: "two full years", "five straight days". */
export const COUNT_MODIFIERS: readonly string[] = ['more', 'full', 'straight', 'consecutive', 'additional', 'long'];

export const VAGUE_NUMBERS: readonly string[] = ['a few', 'few', 'several', 'some', 'many', 'a number of', 'the next few'];

/** Ordinal words (day of month, quarter, half, century). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31, last: 4, final: 4,
};

/** Calendar units: the TimeML duration code, how many of that code one unit is, and the granularity it shifts. */
export interface UnitInfo {
  code: string;
  per: number;
  time: boolean;
  grain: 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
}
export const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { code: 'S', per: 1, time: true, grain: 'second' },
  minute: { code: 'M', per: 1, time: true, grain: 'minute' },
  hour: { code: 'H', per: 1, time: true, grain: 'hour' },
  day: { code: 'D', per: 1, time: false, grain: 'day' },
  night: { code: 'D', per: 1, time: false, grain: 'day' },
  week: { code: 'W', per: 1, time: false, grain: 'week' },
  fortnight: { code: 'W', per: 2, time: false, grain: 'week' },
  month: { code: 'M', per: 1, time: false, grain: 'month' },
  // before "quarter": the unit macro tries the units in this order
  'quarter-century': { code: 'Y', per: 25, time: false, grain: 'year' },
  quarter: { code: 'Q', per: 1, time: false, grain: 'quarter' },
  year: { code: 'Y', per: 1, time: false, grain: 'year' },
  decade: { code: 'Y', per: 10, time: false, grain: 'decade' },
  century: { code: 'Y', per: 100, time: false, grain: 'century' },
};

/** Zones after which a clock written with a dot is a time, not a number: "17.30 GMT" (British pages). */
export const DOT_CLOCK_ZONES: readonly string[] = ['gmt', 'utc', 'bst'];

/** Words before "day" that count days as TimeBank does: "eight trading days" P8D, "within 10 business days". */
export const DAY_QUALIFIERS: readonly string[] = ['business', 'working', 'trading'];

/** Seasons (TimeML codes); "autumn" and "fall" are the same season. */
export const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Parts of the day (TimeML codes). */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
};

/** Modifiers before an expression → TimeML mod. */
export const MODIFIERS: Readonly<Record<string, string>> = {
  early: 'START', earlier: 'START', 'the beginning of': 'START', 'the start of': 'START', 'beginning of': 'START',
  'start of': 'START', late: 'END', later: 'END', 'the end of': 'END', 'end of': 'END', mid: 'MID', middle: 'MID',
  'the middle of': 'MID', 'the mid': 'MID', about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX',
  nearly: 'LESS_THAN', almost: 'LESS_THAN', 'less than': 'LESS_THAN', 'more than': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE', 'no more than': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS',
};

/** Reads a cardinal: digits ("180", "1,000"), words ("twenty-five", "a"); vague words give 'X'; unknown gives null. */
export function readNumber(text: string): number | 'X' | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d[\d,]*(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (VAGUE_NUMBERS.includes(t)) return 'X';
  if (t in NUMBERS) return NUMBERS[t]!;
  const parts = t.split(/[- ]/);
  if (parts.length === 2 && NUMBERS[parts[0]!]! >= 20 && NUMBERS[parts[0]!]! % 10 === 0 && NUMBERS[parts[1]!]! < 10)
    return NUMBERS[parts[0]!]! + NUMBERS[parts[1]!]!;
  return null;
}

/** Reads an ordinal: "3rd", "third", "twenty-first". */
export function readOrdinal(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, '-');
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(t);
  if (digits) return +digits[1]!;
  return ORDINALS[t] ?? null;
}
