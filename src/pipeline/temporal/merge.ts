import type { Candidate } from './scan';

// Joins a clock time to the day that follows it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "midnight Friday".

const GAP = /^,?\s+(?:on\s+)?$/;
const DAY_KINDS = new Set(['weekday', 'date', 'shift']);

export function joinClockToDay(text: string, cs: readonly Candidate[]): readonly Candidate[] {
  if (!cs.some((c) => c.built.sketch.kind === 'clock')) return cs; // most blocks have none: no copy
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const next = cs[i + 1];
    const s = c.built.sketch;
    const day = next?.built.sketch;
    if (s.kind === 'clock' && next && day && DAY_KINDS.has(day.kind) && !('time' in day && day.time) && GAP.test(text.slice(c.end, next.start))) {
      const isDay = (day.kind === 'date' && day.d !== undefined) || day.kind === 'weekday' || (day.kind === 'shift' && day.grain === 'day');
      if (isDay) {
        const time = `T${String(s.hh).padStart(2, '0')}:${String(s.mm).padStart(2, '0')}`;
        out.push({ start: c.start, end: next.end, rule: next.rule, built: { ...next.built, type: 'TIME', sketch: { ...day, time } as typeof day } });
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
