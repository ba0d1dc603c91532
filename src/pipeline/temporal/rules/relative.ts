import { type RuleSpec, wordsAfterThe } from '../rule';
import type { Built, Grain } from '../sketch';
import { VAGUE_NUMBERS } from '../words';
import { count, directionOf, durationValue, grainOf, partTime, shiftBy, unitOf, unitShift } from './read';

// Dates relative to the anchor: "yesterday", "last month", "this week", "two years ago", "in three days",
// and to the last date mentioned: "the following day", "a year earlier".

const DEICTIC: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const SHIFTABLE = 'week|weekend|month|year|quarter|decade|century|half|day';
const grainWord = (w: string): Grain => {
  const k = w.toLowerCase();
  return k === 'weekend' || k === 'half' || k === 'season' ? k : grainOf(unitOf(k));
};

/**
 * Spans back or ahead from now that TE3 tags as durations: those of no calendar unit ("casualties over the past day",
 * "the past fortnight") and ten years ("the past decade", "within the next decade"); "the last decade" stays the decade.
 */
const SPANS: Readonly<Record<string, string>> = {
  'the past day': 'P1D', 'the last day': 'P1D', 'the past fortnight': 'P2W', 'the last fortnight': 'P2W',
  'the next fortnight': 'P2W', 'the coming fortnight': 'P2W', 'the past decade': 'P10Y', 'the next decade': 'P10Y',
  'the coming decade': 'P10Y',
};

function shift(grain: Grain, by: number, anaphoric?: 'always' | 'periods'): Built {
  return { sketch: anaphoric ? { kind: 'shift', grain, by, anaphoric } : { kind: 'shift', grain, by } };
}

/** The anchor's unit named with the article ("for the year"): see `definite` in sketch.ts. */
const definite = (grain: Grain): Built => ({ sketch: { kind: 'shift', grain, by: 0, definite: true } });

/**
 * "the year ended Sept. 30", "the week ending Friday": a reporting period named by its length (TimeML: DURATION P1Y,
 * P1W), not the current year or week; null when no "ended"/"ending" follows the unit word that ends at `end`.
 */
function reportingPeriod(unit: string, text: string, end: number): Built | null {
  return /^\s+end(?:ed|ing)\b/i.test(text.slice(end, end + 8)) ? { sketch: { kind: 'value', value: durationValue(1, unit) }, type: 'DURATION' } : null;
}

export const RELATIVE_RULES: readonly RuleSpec[] = [
  {
    id: 'rel.deictic-day', head: 'yesterday|today|tonight|tomorrow', type: 'DATE', pattern: '(yesterday|today|tonight|tomorrow)(?!\'s\\s+(?:world|society|generation))',
    build: ({ g }) => shift('day', DEICTIC[g[1]!.toLowerCase()]!),
    examples: ['yesterday', 'today', 'Tomorrow'],
  },
  {
    id: 'rel.unit', head: 'last|past|previous|prior|next|coming|upcoming|this|current|the', afterThe: 'past|last|previous|next|coming|current|latest|most', type: 'DATE',
    pattern: `(last|past|previous|prior|next|coming|upcoming|this|current|this\\s+past|this\\s+coming|the\\s+(?:past|last|next|coming|current|latest|most\\s+recent))\\s+(?:fiscal\\s+)?(${SHIFTABLE}|fortnight)(?!\\s+or\\s+(?:two|so))`,
    build: ({ g, text, end }) => {
      const span = SPANS[`${g[1]!.toLowerCase().replace(/\s+/g, ' ')} ${g[2]!.toLowerCase()}`];
      if (span) return /^\s+of\b/.test(text.slice(end, end + 4)) ? null : { type: 'DURATION', sketch: { kind: 'value', value: span } }; // not "the last day of school"
      const grain = grainWord(g[2]!);
      if (grain === 'day' || /fortnight/i.test(g[2]!)) return null; // "next day" is anaphoric, below
      return shift(grain, shiftBy(directionOf(g[1])));
    },
    examples: ['last week', 'next year', 'this month', 'the past year', 'the latest month', 'last weekend', 'the current fiscal year', 'the past day', 'the next decade'],
  },
  {
    // two units away, as spoken: "the day before yesterday", "the week before last", "the year after next"
    id: 'rel.two-away', head: 'the', afterThe: 'day|week|month|year', type: 'DATE',
    pattern: 'the\\s+(?:(day)\\s+(before\\s+yesterday|after\\s+tomorrow)|(week|month|year)\\s+(before\\s+last|after\\s+next))',
    build: ({ g }) => shift(g[1] ? 'day' : grainWord(g[3]!), /^before/i.test(g[2] ?? g[4]!) ? -2 : 2),
    examples: ['the day before yesterday', 'the day after tomorrow', 'the week before last', 'the year after next'],
  },
  {
    // "the following day", "that same week"; a part of the day: "the next morning", "that night" (type TIME)
    id: 'rel.anaphoric-unit', head: 'the|that', afterThe: 'following|next|previous|preceding|same', type: 'DATE', pattern: `(the\\s+(?:following|next|previous|preceding|same)|that\\s+same|that)\\s+(?:(${SHIFTABLE})|({DAYPART}))`,
    build: ({ g }) => {
      const k = g[1]!.toLowerCase();
      const by = /same|that$/.test(k) ? 0 : /previous|preceding/.test(k) ? -1 : 1;
      if (g[2]) return { sketch: { kind: 'shift', grain: grainWord(g[2]), by, anaphoric: 'always', whole: true } };
      return { type: 'TIME', sketch: { kind: 'shift', grain: 'day', by, time: partTime(g[3]!), anaphoric: 'always' } };
    },
    examples: ['the following day', 'the next day', 'the previous week', 'that same day', 'the following year', 'the next morning', 'that night', 'that same afternoon'],
  },
  {
    id: 'rel.units-ago', head: '{NUM}|\\d+', type: 'DATE', pattern: '({NUM})\\s+({UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|before|later|after|from\\s+now|hence|previously)(\\s+today|\\s+this\\s+month)?',
    build: ({ g }) => {
      const n = count(g[1]);
      if (typeof n !== 'number' || !Number.isInteger(n)) return null;
      const unit = unitOf(g[2]!);
      // an anniversary: "eighty years ago today" is the publication's month and day back then; "fifty years ago this
      // month" its month
      if (g[4]) return /^ago$/i.test(g[3]!) && unit.code === 'Y' ? { sketch: { kind: 'anniversary', yearsBack: n * unit.per, ...(/month/i.test(g[4]) && { month: true as const }) } } : null;
      const sign = /ago|earlier|before|previously/i.test(g[3]!) ? -1 : 1;
      const { grain, by } = unitShift(unit, sign * n);
      const fromNow = /ago|from|hence/i.test(g[3]!);
      // TimeML reads "three days later" and "a year after the quake" as a duration with a signal; only "a year
      // earlier/later" names a date (the year-ago period of financial news)
      if (!fromNow && !(n === 1 && unit.grain === 'year' && /earlier|later/i.test(g[3]!))) return null;
      return shift(grain, by, !fromNow ? 'always' : n === 1 && unit.grain === 'year' ? 'periods' : undefined);
    },
    examples: ['two years ago', '10 days ago', 'a year earlier', 'six weeks ago', 'a year later', 'a decade ago', 'Eighty years ago today', 'Fifty years ago this month', 'A decade ago this month', 'a week or so ago'],
  },
  {
    // anniversaries: "on this day in 1945" is the publication's month and day back then ("eighty years ago today": units-ago)
    id: 'rel.this-day-in', head: 'this', type: 'DATE', pattern: 'this\\s+day,?\\s+in\\s+({YEAR})',
    build: ({ g }) => ({ sketch: { kind: 'anniversary', y: +g[1]! } }),
    examples: ['this day in 1945', 'this day, in 1969'],
  },
  {
    // counted from now only: "a few days later", "several months before" count from another event, so TimeML tags
    // the span alone ("a few days", PXD: durations family)
    id: 'rel.vague-ago', head: 'a|few|several|some|many|couple|number|the', afterThe: wordsAfterThe(VAGUE_NUMBERS), type: 'DATE', pattern: '({VAGUE}|many|some)\\s+({UNIT})\\s+(ago|from\\s+now|hence)',
    build: ({ g }) => ({ sketch: { kind: 'value', value: /ago/i.test(g[3]!) ? 'PAST_REF' : 'FUTURE_REF' } }),
    examples: ['several years ago', 'a few days ago', 'some years from now'],
  },
  {
    // not after a superlative in the same clause: "the first … in 14 years" is a span (durations family); nor after a
    // count of things: "three games in seven days" is one too
    id: 'rel.in-units', head: '{NUM}|\\d+', type: 'DATE',
    pattern: '(?<=\\bin\\s)(?<!\\b(?:{SUPERLATIVE})\\b[^.;:!?]{0,80})(?<!\\b(?:{NUM})\\s+[a-z]+s\\s+in\\s)({NUM})\\s+({UNIT})(?:\\s+time)?(?=\\s*(?:[.,;]|$|time\\b))',
    build: ({ g }) => {
      const n = count(g[1]);
      const unit = unitOf(g[2]!);
      if (typeof n !== 'number' || !Number.isInteger(n) || unit.time) return null;
      const { grain, by } = unitShift(unit, n);
      return shift(grain, by);
    },
    examples: ['in [three days]', 'in [two weeks time]'],
  },
  {
    id: 'rel.year-earlier', head: 'the|comparable|year', type: 'DATE',
    pattern: '(?:the\\s+)?(?:comparable\\s+)?year[- ](?:earlier|ago)(?:\\s+(?:(?:{QORD})\\s+)?(?:period|quarter|level|figure|results?|months?))?',
    build: () => shift('year', -1, 'always'),
    examples: ['year-earlier', 'the year-ago quarter', 'the year-earlier period', 'the comparable year-ago third quarter'],
  },
  {
    // the same part of the year before the date mentioned: "sales fell 35% in January, compared to the same month a
    // year ago" is January of the year before
    id: 'rel.same-period-year-ago', head: 'the|last', afterThe: 'same|corresponding|comparable', type: 'DATE',
    pattern: "the\\s+(?:same|corresponding|comparable)\\s+(?:month|quarter|period|week|season|day)\\s+(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+|in\\s+)?(?:the\\s+)?(?:last|previous|prior)\\s+year)|last\\s+year's\\s+(?:quarter|period)",
    build: () => ({ sketch: { kind: 'shift', grain: 'year', by: -1, anaphoric: 'always', same: true } }),
    examples: ['the same month a year ago', 'the same period last year', 'the same quarter of the previous year', 'the corresponding period last year', "last year's quarter"],
  },
  {
    id: 'rel.the-year', head: 'the|that', afterThe: 'full|current|whole|entire|fiscal|calendar|year|decade|century', type: 'DATE', pattern: '(?:the|that)\\s+(?:(?:full|current|whole|entire|fiscal|calendar)\\s+)?(year|decade|century)(?!\\s+(?:ago|earlier|before|after|later|of|when|in\\s+which|that|to\\s+(?:{MONTH}|{WEEKDAY}|\\d+)|\\d))',
    build: ({ g, text, end }) => {
      if (/^(?:decade|century)$/i.test(g[1]!)) return definite(grainWord(g[1]!)); // "by the end of the decade", "of the century"
      return reportingPeriod(g[1]!, text, end) ?? definite('year');
    },
    examples: ['the year', 'the full year', 'the whole year', 'the fiscal year', 'the decade', 'the century'],
  },
  {
    // "by the end of the month", "for the week" (a market's): the anchor's own; not "the day of the week", "the week before"
    id: 'rel.the-month', head: 'the', afterThe: 'month|week', type: 'DATE',
    pattern: '(?<=\\b(?:(?:end|start|beginning|middle|rest|remainder|course|balance)\\s+of|for|during|in)\\s)the\\s+(month|week)(?!\\s+(?:of|before|after|ago|earlier|later|ahead|since|when|that|to\\s+(?:{MONTH}|{WEEKDAY}|\\d+)|in\\s+which)\\b)',
    build: ({ g, text, end }) => reportingPeriod(g[1]!, text, end) ?? definite(grainWord(g[1]!)),
    examples: ['the month', 'the week'],
  },
  {
    id: 'rel.year-end', head: 'the|year', type: 'DATE', pattern: '(?:the\\s+)?year[- ]?end',
    build: () => ({ sketch: { kind: 'shift', grain: 'year', by: 0 }, mod: 'END' }),
    examples: ['year-end', 'the year end'],
  },
  {
    id: 'rel.the-weekend', head: 'the', afterThe: 'weekend', type: 'DATE', pattern: 'the\\s+weekend',
    build: () => ({ sketch: { kind: 'shift', grain: 'weekend', by: 0 } }),
    examples: ['the weekend'],
  },
];
