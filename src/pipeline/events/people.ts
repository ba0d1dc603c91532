import type { TimelineEvent } from '../types';

/** The people of several reports of one happening: linked actors by id, unlinked ones by name, first report first. */
export function unionPeople(reports: readonly TimelineEvent[]): Pick<TimelineEvent, 'actors' | 'unlinked'> {
  const actors = [...new Map(reports.flatMap((e) => e.actors).map((a) => [a.id, a])).values()];
  const unlinked = [...new Map(reports.flatMap((e) => e.unlinked ?? []).map((u) => [u.name, u])).values()];
  return { actors, ...(unlinked.length ? { unlinked } : {}) };
}
