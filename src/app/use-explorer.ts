// The explorer's state: indexes (once per bundle), URL state, the events as known on a day and placed on an axis,
// filtering, selection (ids, aliases, unknown ids) and the actions the layout wires to controls. Everything a view
// needs is derived here; the URL is the only store. The list and prev/next walk `ranks` (the filtered events in axis
// order): `order[rank]` is an index position.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CorpusBundle } from '../pipeline/types';
import { applyFilters } from './features/filters/lib/filter';
import { buildSearch } from './features/filters/lib/search';
import { axisOrder, knownView, placements, rankedMatches } from './lib/axis';
import { buildIndex, resolveEventId } from './lib/event-index';
import { step } from './lib/sorted';
import { linkTo, useUrlState, type Axis, type DayRange } from './lib/url-state';

export function useExplorer(bundle: CorpusBundle, startupNotices: readonly string[]) {
  const index = useMemo(() => buildIndex(bundle), [bundle]);
  const search = useMemo(() => buildSearch(index), [index]);
  const [url, setUrl] = useUrlState();
  const [notices, setNotices] = useState<readonly string[]>(startupNotices);
  const notify = useCallback((more: string[]) => more.length && setNotices((n) => [...n, ...more]), []);

  const query = useDeferredValue(url.q);
  const hits = useMemo(() => search.search(query), [search, query]);
  const { people, countries, dates, known } = url;
  const axis = url.axis ?? 'happened';
  const view = useMemo(() => knownView(index, known), [index, known]);
  // The reported axis does not depend on the day (the first report is always among those known), so a new day
  // re-sorts nothing there.
  const placedFrom = axis === 'reported' ? index.events : view.events;
  const placed = useMemo(() => placements(index, axis, placedFrom), [index, axis, placedFrom]);
  const order = useMemo(() => axisOrder(index.events, placed), [index, placed]);
  const result = useMemo(
    () => applyFilters(index, { people, countries, dates, hits, known, placed }),
    // Arrays from the URL are compared by content, so an unrelated URL change does not refilter.
    [index, hits, people.join(), countries.join(), dates?.from, dates?.to, known, placed],
  );
  const ranks = useMemo(() => rankedMatches(order, result.matches), [order, result]);
  const undated = useMemo(() => ranks.filter((r) => placed[order.order[r]!] === null).length, [ranks, placed, order]);

  const shown = useMemo(() => ranks.map((r) => view.events[order.order[r]!]!), [ranks, view, order]);

  const resolved = url.event ? resolveEventId(index, url.event) : null;
  const selectedPos = resolved ? index.position.get(resolved.id)! : null;
  const selectedRank = selectedPos === null ? null : order.rank[selectedPos]!;
  const selected = selectedPos === null ? null : view.events[selectedPos]!;
  const selectedKnown = selectedPos === null ? null : (view.partial.get(selectedPos) ?? null);
  const firstOfSelected = selectedPos === null ? undefined : index.firstReports[selectedPos]?.date.from;
  const selectedUnreported = known !== null && selectedPos !== null && !(firstOfSelected !== undefined && firstOfSelected <= known);
  const missingEvent = url.event && !resolved ? url.event : null;

  // Links made before events were merged keep working: an alias becomes the id of the event that absorbed it.
  useEffect(() => {
    if (resolved?.via !== 'alias' || !url.event) return;
    notify([`Event "${url.event}" was merged into another event; showing that one.`]);
    void setUrl({ event: resolved.id }, { history: 'replace' });
  }, [resolved?.via, resolved?.id, url.event, notify, setUrl]);

  // Facet values and documents the corpus does not know are dropped from the link, with a notice.
  useEffect(() => {
    const known = (facet: typeof index.people) => new Set(facet.map((v) => v.value));
    const [p, c] = [known(index.people), known(index.countries)];
    const dropped = [...people.filter((v) => !p.has(v)), ...countries.filter((v) => !c.has(v))];
    const badDoc = url.doc && !index.documents.has(url.doc) ? url.doc : null;
    if (!dropped.length && !badDoc) return;
    notify([...dropped.map((v) => `No events for "${v}" in this corpus; filter removed.`), ...(badDoc ? [`No article "${badDoc}"; reader closed.`] : [])]);
    void setUrl({ people: people.filter((v) => p.has(v)), countries: countries.filter((v) => c.has(v)), ...(badDoc ? { doc: null } : {}) }, { history: 'replace' });
    // Only when the corpus changes: later facet choices come from the corpus's own values.
  }, [index]);

  const select = useCallback((id: string | null) => void setUrl({ event: id }), [setUrl]);
  const actions = {
    select,
    step: (dir: 1 | -1) => {
      const next = step(ranks, selectedRank, dir);
      if (next !== null) select(index.events[order.order[next]!]!.id);
    },
    setFilters: (patch: { people?: string[]; countries?: string[]; dates?: DayRange | null; known?: string | null }) => void setUrl(patch),
    setQuery: (q: string) => void setUrl({ q: q || null }, { history: 'replace' }),
    clearFilters: () => void setUrl({ people: null, countries: null, q: null, dates: null, known: null }),
    setAxis: (next: Axis) => void setUrl({ axis: next === 'happened' ? null : next }),
    setView: (view: DayRange) => void setUrl({ view }, { history: 'replace' }),
    openReader: (doc: string) => void setUrl({ doc }),
    closeReader: () => void setUrl({ doc: null }),
    readerHref: (doc: string) => linkTo({ ...url, doc }),
    dismissNotices: () => setNotices([]),
  };
  const canStep = { prev: step(ranks, selectedRank, -1) !== null, next: step(ranks, selectedRank, 1) !== null };
  const filtered = people.length > 0 || countries.length > 0 || dates !== null || known !== null || url.q.trim() !== '';
  const axisView = { axis, events: view.events, placed, order: order.order, ranks, undated };
  return { index, url, result, axisView, shown, selected, selectedRank, selectedKnown, selectedUnreported, missingEvent, notices, filtered, canStep, actions };
}
