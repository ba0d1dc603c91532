import type { CorpusBundle, DocumentAnalysis, TimelineEvent } from '../types';
import { canonicalOrder, cluster, combine } from './cluster';

/** What a previous build shipped: given, its ids are kept even when an earlier report of the same happening arrives. */
export type PreviousBuild = Pick<CorpusBundle, 'events' | 'aliases'>;

/**
 * Merges the events of every document into one event per happening. Ids: a merged event keeps the id of its first
 * report (earliest publication, then document id, then position) — or, when a previous build is given, the id it
 * had there; every other report's id becomes an alias of it, and a previous build's aliases are carried over.
 */
export function mergeCorpus(
  analyses: readonly DocumentAnalysis[],
  previous?: PreviousBuild,
): { events: TimelineEvent[]; aliases: Record<string, string> } {
  const shipped = new Set(previous?.events.map((e) => e.id));
  const events = cluster(analyses.flatMap((a) => a.events))
    .map((group) => combine(canonicalOrder(group, (id) => shipped.has(id))))
    .sort((a, b) => a.date.from.localeCompare(b.date.from) || a.id.localeCompare(b.id));
  const aliases: Record<string, string> = {};
  const current = new Map<string, string>();
  for (const e of events) {
    current.set(e.id, e.id);
    for (const old of e.aliases ?? []) current.set(old, e.id);
  }
  for (const [old, target] of Object.entries(previous?.aliases ?? {})) {
    const now = current.get(target);
    if (now && !current.has(old)) current.set(old, now);
  }
  for (const [old, now] of [...current].sort(([a], [b]) => a.localeCompare(b))) if (old !== now) aliases[old] = now;
  return { events, aliases };
}
