import type { TimelineEvent } from '../types';

// Whether two reports describe one happening: same kind, no conflicting ordinal ("first summit" vs "second
// meeting"), compatible dates, and the same participants (one set of people inside the other; without people, the
// same countries). A 'reported' date only says the happening was known by then, so it bounds the happening from above.

const people = (e: TimelineEvent) => new Set(e.actors.map((a) => a.id));
const within = <T>(small: Set<T>, big: Set<T>) => [...small].every((x) => big.has(x));
const overlap = (a: { from: string; to: string }, b: { from: string; to: string }) => a.from <= b.to && b.from <= a.to;

export function datesCompatible(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.dating === 'reported' && b.dating === 'happened') return b.date.from <= a.date.to;
  if (a.dating === 'happened' && b.dating === 'reported') return a.date.from <= b.date.to;
  return overlap(a.date, b.date);
}

export function sameHappening(a: TimelineEvent, b: TimelineEvent): boolean {
  if ((a.type ?? a.rule) !== (b.type ?? b.rule)) return false;
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) return false;
  if (!datesCompatible(a, b)) return false;
  const [pa, pb] = [people(a), people(b)];
  // An undated report has no date words to confirm it ("Lee is seeking talks"): it must name exactly the same people.
  if ((a.dating === 'reported' || b.dating === 'reported') && pa.size + pb.size > 0) return pa.size === pb.size && within(pa, pb);
  if (pa.size && pb.size) return within(pa, pb) || within(pb, pa);
  const [ca, cb] = [new Set(a.countries), new Set(b.countries)];
  if (!pa.size && !pb.size) return ca.size > 0 && within(ca, cb) && within(cb, ca);
  // One side names only countries: accept it only for the same day and countries the other side's people cover.
  const [bare, full] = pa.size ? [cb, ca] : [ca, cb];
  const sameDay = a.dating === 'happened' && b.dating === 'happened' && a.date.granularity === 'day' && a.date.value === b.date.value;
  return sameDay && bare.size > 0 && within(bare, full);
}

/**
 * How strongly two compatible reports agree: two dated reports before any undated one (an undated "second meeting"
 * must not claim a summit before the dated "first summit" does), then shared people, shared countries, equal dates.
 */
export function affinity(a: TimelineEvent, b: TimelineEvent): number {
  const pb = people(b);
  const shared = [...people(a)].filter((x) => pb.has(x)).length;
  const countries = a.countries.filter((c) => b.countries.includes(c)).length;
  const dated = a.dating === 'happened' && b.dating === 'happened' ? 10_000 : 0;
  return dated + shared * 100 + countries * 10 + (a.date.value === b.date.value ? 1 : 0);
}
