import { pad } from './calendar';
import type { Candidate } from './scan';

// Joins a clock time to the day that follows it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "midnight Friday", and
// "overnight" to its night: "overnight Saturday". A clock with the same time in another zone in brackets, "10:35 a.m.
// (0735 GMT) Friday", takes the day too, but each clock keeps its own words and the day stays an expression of its
// own; so does a clock after its day: "Monday at 3 p.m." is a day and a time on that day. A day inside the bracket,
// "4 in the morning (4 a.m. EDT Thursday)", joins the bracketed clock and is the other's day too when it can be.

const GAP = /^,?\s+(?:on\s+)?$/;
const AT = /^,?\s+at\s+$/;
const OPEN = /^\s*\($/;
const DAY_KINDS = new Set(['weekday', 'date', 'shift']);

/** A candidate naming one whole day without a time of its own ("Friday", "Nov. 9", "yesterday"). */
function isDay(c: Candidate | undefined): c is Candidate {
  const day = c?.built.sketch;
  if (!day || !DAY_KINDS.has(day.kind) || ('time' in day && day.time)) return false;
  return (day.kind === 'date' && day.d !== undefined) || day.kind === 'weekday' || (day.kind === 'shift' && day.grain === 'day');
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
    if (isDay(c) && next?.built.sketch.kind === 'clock' && AT.test(text.slice(c.end, next.start))) {
      out.push(c, onDay(next, c, false));
      i++;
      continue;
    }
    if (timeOf(c) !== null && next) {
      const bracketed = next.built.sketch.kind === 'clock' && OPEN.test(text.slice(c.end, next.start)) && text[next.end] === ')';
      if (bracketed && isDay(after) && GAP.test(text.slice(next.end + 1, after.start))) {
        out.push(onDay(c, after, false), onDay(next, after, false), after);
        i += 2;
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
        out.push(onDay(c, next, true));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
