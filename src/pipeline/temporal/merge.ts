import { pad } from './calendar';
import { periodOf } from './rules/read';
import { type Candidate, typeOf } from './scan';

// Joins a duration told in parts ("two hours and 55 minutes", joinDurationParts below), a set of days to its clock
// ("each evening at 7:30", joinClockToSet), and a clock time to the day that follows it: "10 p.m. Wednesday",
// "5 p.m. EST, Nov. 9", "midnight Friday", and "overnight" to its night: "overnight Saturday". A clock that restates
// the time in another zone in brackets, "10:35 a.m. (0735 GMT) Friday", is no expression of its own; the clock takes
// the day after the bracket, which stays an expression of its own, as does a clock after its day: "Monday at 3 p.m."
// is a day and a time on that day, while a dated stamp and its clock are one time: "Sep. 1, 2021, 1:07 a.m.". A clock
// before a part of a day reads its hours from it: "9:30 tomorrow morning", "five o'clock this afternoon" (17:00). A day
// inside the bracket, "4 in the morning (4 a.m. EDT Thursday)", joins the bracketed clock and is the other's day too
// when it can be.

const GAP = /^,?\s+(?:on\s+)?$/;
const AT = /^,?\s+at\s+$/;
const SPACE = /^\s+$/;
/** Between a stamp's date and its clock: a space, a comma, a slash, a dash or a bar. */
const STAMP_GAP = /^\s*[,/|\-–—]?\s*$/;
const statesYear = (c: Candidate) => c.built.sketch.kind === 'date' && c.built.sketch.y !== undefined;
const OPEN = /^\s*\($/;
const DAY_KINDS = new Set(['weekday', 'date', 'shift']);

/** A candidate naming one whole day without a time of its own ("Friday", "Nov. 9", "yesterday"). */
function isDay(c: Candidate | undefined): c is Candidate {
  const day = c?.built.sketch;
  if (!day || !DAY_KINDS.has(day.kind) || ('time' in day && day.time)) return false;
  return (day.kind === 'date' && day.d !== undefined) || day.kind === 'weekday' || (day.kind === 'shift' && day.grain === 'day');
}

/**
 * The hour of a clock read with a part of the day (MO, AF, EV, NI), unless the clock states am or pm: "five o'clock
 * this afternoon" 17, "each evening at 7:30" 19, "at 10 tonight" 22, "12:30 tonight" 0 (the small hours), "9:30
 * tomorrow morning" 9.
 */
function hourInPart(hh: number, part: string, stated: boolean): number {
  if (stated) return hh;
  if (part === 'MO') return hh === 12 ? 0 : hh;
  if (part === 'NI') return hh === 12 ? 0 : hh >= 6 && hh < 12 ? hh + 12 : hh;
  return hh < 12 ? hh + 12 : hh;
}

/** A clock candidate read at hour `hh`. */
function withHour(c: Candidate, hh: number): Candidate {
  const s = c.built.sketch;
  return s.kind === 'clock' ? { ...c, built: { ...c.built, sketch: { ...s, hh } } } : c;
}

/** A day with a part of it ("tomorrow morning", "this afternoon", "Friday night"): the part ("AF"), or null. */
function dayPartOf(c: Candidate | undefined): string | null {
  const s = c?.built.sketch;
  if (!s || !('time' in s) || !s.time || !/^T(?:MO|AF|EV|NI)$/.test(s.time)) return null;
  const day = (s.kind === 'shift' && s.grain === 'day' && !s.overnight) || s.kind === 'weekday' || (s.kind === 'date' && s.d !== undefined);
  return day ? s.time.slice(1) : null;
}

/** The time of day `c` states: a clock ("T15:00"), "overnight" ("TNI"), or null. */
function timeOf(c: Candidate): string | null {
  const s = c.built.sketch;
  if (s.kind === 'clock') return `T${pad(s.hh)}:${pad(s.mm)}`;
  return s.kind === 'shift' && s.overnight ? s.time! : null;
}

/** The time `c` on the day `day`; its words run to the end of the day's words when `joined`. */
function onDay(c: Candidate, day: Candidate, joined: boolean): Candidate {
  const time = timeOf(c);
  if (time === null) return c;
  return { start: c.start, end: joined ? day.end : c.end, rule: day.rule, built: { ...day.built, type: 'TIME', sketch: { ...day.built.sketch, time } as typeof day.built.sketch } };
}

/**
 * Whether a clock and the same moment in another zone fall on one day: zones lie from 12 hours behind to 14 ahead,
 * so "9 p.m. (1300 GMT Friday)" is Friday too, while "2 a.m. (1800 GMT Friday)" is already Saturday.
 */
function sameDay(local: Candidate, zoned: Candidate): boolean {
  const a = local.built.sketch;
  const b = zoned.built.sketch;
  if (a.kind !== 'clock' || b.kind !== 'clock') return false;
  const diff = a.hh * 60 + a.mm - (b.hh * 60 + b.mm);
  return diff >= -12 * 60 && diff <= 14 * 60;
}

export function joinClockToDay(text: string, cs: readonly Candidate[]): readonly Candidate[] {
  if (!cs.some((c) => timeOf(c) !== null)) return cs; // most blocks have none: no copy
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const next = cs[i + 1];
    const after = cs[i + 2];
    // a page's stamp, a dated day and its clock: "Sep. 1, 2021, 1:07 a.m.", "Jan 2, 2026 / 03:10 PM CST" — one time
    if (isDay(c) && statesYear(c) && next?.built.sketch.kind === 'clock' && STAMP_GAP.test(text.slice(c.end, next.start))) {
      out.push({ ...onDay(next, c, false), start: c.start });
      i++;
      continue;
    }
    if (isDay(c) && next?.built.sketch.kind === 'clock' && AT.test(text.slice(c.end, next.start))) {
      out.push(c, onDay(next, c, false));
      i++;
      continue;
    }
    if (timeOf(c) !== null && next) {
      const bracketed = next.built.sketch.kind === 'clock' && OPEN.test(text.slice(c.end, next.start)) && text[next.end] === ')';
      // the bracketed clock restates the time in another zone: not an expression of its own (as TimeML annotators
      // leave it), though the day after the bracket is the clock's
      if (bracketed) {
        const dated = isDay(after) && GAP.test(text.slice(next.end + 1, after.start));
        out.push(dated ? onDay(c, after, false) : c);
        i++;
        continue;
      }
      const zoned = next.built.sketch.kind === 'clock' && OPEN.test(text.slice(c.end, next.start)) && isDay(after) && GAP.test(text.slice(next.end, after.start)) && text[after.end] === ')';
      if (zoned) {
        // "4 in the morning (4 a.m. EDT Thursday)": the bracket's day is the clock's too when both fall on one day
        out.push(sameDay(c, next) ? onDay(c, after, false) : c, onDay(next, after, true));
        i += 2;
        continue;
      }
      if (isDay(next) && GAP.test(text.slice(c.end, next.start))) {
        // "tonight" is a day (as TE3 tags it) whose clock reads as the night's: "12:30 tonight", "10:30 tonight"
        const s = c.built.sketch;
        const night = s.kind === 'clock' && /^tonight$/i.test(text.slice(next.start, next.end));
        const clock = night ? withHour(c, hourInPart(s.hh, 'NI', AM_PM.test(text.slice(c.start, c.end)))) : c;
        out.push(onDay(clock, next, true));
        i++;
        continue;
      }
      const part = dayPartOf(next);
      // not across a sentence end: "at 12:15 a.m. The next morning, …" (a weekday's capital is no sign of one: "8 p.m.
      // Thursday evening")
      const sentenceEnd = text[c.end - 1] === '.' && /[A-Z]/.test(text[next.start]!) && next.built.sketch.kind === 'shift';
      if (part && c.built.sketch.kind === 'clock' && !sentenceEnd && SPACE.test(text.slice(c.end, next.start))) {
        out.push(onDay(withHour(c, hourInPart(c.built.sketch.hh, part, AM_PM.test(text.slice(c.start, c.end)))), next, true));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** A set of days and its part of the day: "every Monday", "each evening" (TEV), "daily" (P1D). */
const SET_OF_DAYS = /^(XXXX-XX-XX|XXXX-WXX-[1-7]|P1D)(?:T(MO|AF|EV|NI))?$/;
/** A clock written with its half of the day ("9 a.m.", "6pm"). */
const AM_PM = /\d\s*[ap]\.?\s?m\b/i;

/** The days of a set of days (a daily set's are XXXX-XX-XX) and its part of the day, or null for any other candidate. */
function setOfDays(c: Candidate): { days: string; part: string | undefined } | null {
  const s = c.built.sketch;
  const m = s.kind === 'value' && typeOf(c) === 'SET' ? SET_OF_DAYS.exec(s.value) : null;
  return m ? { days: m[1] === 'P1D' ? 'XXXX-XX-XX' : m[1]!, part: m[2] } : null;
}

/**
 * Replaces each two neighbours that `join` makes one by that one (a candidate with the first's rule and the value
 * `join` gives, over both's words); the same array when none joins, as in most blocks.
 */
function joinPairs(cs: readonly Candidate[], join: (c: Candidate, next: Candidate) => string | null): readonly Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const value = i + 1 < cs.length ? join(c, cs[i + 1]!) : null;
    if (value === null) {
      out?.push(c);
      continue;
    }
    out ??= cs.slice(0, i);
    out.push({ start: c.start, end: cs[i + 1]!.end, rule: c.rule, built: { ...c.built, sketch: { kind: 'value', value } } });
    i++;
  }
  return out ?? cs;
}

/**
 * Joins a set of days to the clock after "at": "each evening at 7:30" is one set, XXXX-XX-XXT19:30 (the part of the
 * day sets a bare clock's half), "every Monday at 9 a.m." XXXX-WXX-1T09:00, "daily at 6:15" XXXX-XX-XXT06:15; the
 * clock alone would be a time on one day, which the text does not name.
 */
export const joinClockToSet = (text: string, cs: readonly Candidate[]) =>
  joinPairs(cs, (c, next) => {
    const clock = next.built.sketch;
    if (clock.kind !== 'clock') return null;
    const set = setOfDays(c);
    if (!set || !AT.test(text.slice(c.end, next.start))) return null;
    const hh = set.part ? hourInPart(clock.hh, set.part, AM_PM.test(text.slice(next.start, next.end))) : clock.hh;
    return `${set.days}T${pad(hh)}:${pad(clock.mm)}`;
  });

/** A duration of one whole part ("PT2H", "P55D"; not "PXY", "P2Y6M", "P1.5W"): its amount, unit code and ISO rank. */
const ONE_PART = /^P(T?)(\d+)([YMWDHS])$/;
/** ISO 8601's order of the parts of a duration (a quarter joins none). */
const PART_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const AND = /^\s+and\s+$/;

function partOf(c: Candidate): { n: number; code: string; time: boolean; rank: number } | null {
  const s = c.built.sketch;
  if (typeOf(c) !== 'DURATION' || c.built.mod || s.kind !== 'value') return null;
  const m = ONE_PART.exec(s.value);
  return m ? { n: +m[2]!, code: m[3]!, time: m[1] === 'T', rank: PART_ORDER.indexOf(m[1]! + m[3]!) } : null;
}

/**
 * Joins a duration told in parts, largest first, into one: "two hours and 55 minutes" PT2H55M, "a year and six
 * months" P1Y6M; parts out of ISO order ("three days and two weeks") stay apart.
 */
export const joinDurationParts = (text: string, cs: readonly Candidate[]) =>
  joinPairs(cs, (c, next) => {
    const a = partOf(c);
    const b = a ? partOf(next) : null;
    if (!a || !b || a.rank >= b.rank || !AND.test(text.slice(c.end, next.start))) return null;
    return periodOf([[a.n, a.code, a.time], [b.n, b.code, b.time]]);
  });
