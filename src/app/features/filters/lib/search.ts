// Text search over event titles, source sentences and actor names (minisearch). The index is built once per
// corpus, on the first search, and maps hits back to event positions.
import MiniSearch from 'minisearch';
import type { EventIndex } from '../../../lib/event-index';

export interface EventSearch {
  /** Positions of events matching every word of the query (prefix match, small typos allowed); null for a blank query. */
  search(query: string): Set<number> | null;
}

export function buildSearch(index: EventIndex): EventSearch {
  let mini: MiniSearch<{ id: number; title: string; text: string; actors: string }> | null = null;
  const build = () => {
    const m = new MiniSearch<{ id: number; title: string; text: string; actors: string }>({
      fields: ['title', 'text', 'actors'],
      searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 2 } },
    });
    m.addAll(
      index.events.map((e, id) => ({
        id,
        title: e.title,
        text: e.sources.map((s) => s.sentence).join('\n'),
        actors: e.actors.map((a) => a.name).join(' '),
      })),
    );
    return m;
  };
  return {
    search(query) {
      if (!query.trim()) return null;
      mini ??= build();
      return new Set(mini.search(query).map((r) => r.id as number));
    },
  };
}
