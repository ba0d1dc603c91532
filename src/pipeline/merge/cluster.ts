import { parseIsoDay } from '../temporal/calendar';
import type { EventSource, TimelineEvent } from '../types';
import { affinity, sameHappening } from './same';
import { unionPeople } from '../events/people';

// Groups reports of one happening and combines each group into one event. Complete linkage: two groups join only if
// every pair across them is the same happening, so a month-level report ("first summit in June") cannot chain two
// different days together. Pairs join strongest first; ties break on input order, so the result is deterministic.
// Cost: identical reports (a teaser repeated on every page) are clustered once, and only reports that share a kind
// and a person (or, without people, a country) are compared.

/** What sameHappening looks at: reports with equal signatures are interchangeable. */
const signature = (e: TimelineEvent) =>
  JSON.stringify([e.type ?? e.rule, e.ordinal, e.dating, e.date.from, e.date.to, e.actors.map((a) => a.id).sort(), e.countries]);
const buckets = (e: TimelineEvent) => (e.actors.length ? e.actors.map((a) => `p:${a.id}`) : []).concat(e.countries.map((c) => `c:${c}`)).map((k) => `${e.type ?? e.rule}|${k}`);

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const k of keys(item)) (out.get(k) ?? out.set(k, []).get(k)!).push(i);
  });
  return out;
}

export function cluster(events: readonly TimelineEvent[]): TimelineEvent[][] {
  const bySignature = [...groupBy(events, (e) => [signature(e)]).values()];
  const reps = bySignature.map((same) => events[same[0]!]!);
  const byBucket = groupBy(reps, buckets);
  const seen = new Set<number>();
  const pairs: [number, number, number][] = [];
  for (const members of byBucket.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        if (seen.has(i * reps.length + j)) continue;
        seen.add(i * reps.length + j);
        if (sameHappening(reps[i]!, reps[j]!)) pairs.push([affinity(reps[i]!, reps[j]!), i, j]);
      }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const groupOf = reps.map((_, i) => [i]);
  for (const [, i, j] of pairs) {
    const [gi, gj] = [groupOf[i]!, groupOf[j]!];
    if (gi === gj || !gi.every((a) => gj.every((b) => sameHappening(reps[a]!, reps[b]!)))) continue;
    gi.push(...gj);
    for (const k of gj) groupOf[k] = gi;
  }
  return [...new Set(groupOf)]
    .map((g) => g.flatMap((k) => bySignature[k]!).sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!)
    .map((g) => g.map((k) => events[k]!));
}

/** When a report was published, for ordering: its day, or the end of its estimated window (it may be that late). */
const published = (s: EventSource | undefined) => s?.context.value ?? s?.context.to ?? s?.context.from ?? '9999-12-31';
const firstReport = (e: TimelineEvent) => published(e.sources[0]);
const sourceOrder = (a: EventSource, b: EventSource) => published(a).localeCompare(published(b)) || a.docId.localeCompare(b.docId) || a.start - b.start;

/** Members in canonical order: first reported first (then document, then position). The first one lends its id. */
export function canonicalOrder(group: readonly TimelineEvent[], keep: (id: string) => boolean = () => false): TimelineEvent[] {
  return [...group].sort(
    (a, b) => Number(keep(b.id)) - Number(keep(a.id)) || firstReport(a).localeCompare(firstReport(b)) || a.docId.localeCompare(b.docId) || a.start - b.start,
  );
}

/** One event from the reports of one happening (already in canonical order). */
export function combine(members: readonly TimelineEvent[]): TimelineEvent {
  const head = members[0]!;
  if (members.length === 1) return head;
  const happened = members.filter((e) => e.dating === 'happened');
  const width = (e: TimelineEvent) => parseIsoDay(e.date.to)! - parseIsoDay(e.date.from)!;
  const dated = [...happened].sort((a, b) => width(a) - width(b))[0] ?? head;
  const named = [...members].sort((a, b) => b.actors.length - a.actors.length || Number(b === dated) - Number(a === dated))[0]!;
  const sources = [...new Map(members.flatMap((e) => e.sources).map((s) => [`${s.docId}:${s.start}`, s])).values()].sort(sourceOrder);
  const aliases = [...new Set(members.flatMap((e) => [e.id, ...(e.aliases ?? [])]))].filter((id) => id !== head.id);
  return {
    ...named,
    id: head.id,
    date: dated.date,
    dating: dated.dating,
    ...unionPeople(members),
    countries: [...new Set(members.flatMap((e) => e.countries))].sort(),
    docId: sources[0]!.docId,
    start: sources[0]!.start,
    end: sources[0]!.end,
    sources,
    aliases,
    rule: 'event.merged',
    reason: `${members.length} reports of one ${head.type ?? 'happening'}: same kind, participants and compatible dates; dated by the most precise ('${dated.date.value}')`,
  };
}
