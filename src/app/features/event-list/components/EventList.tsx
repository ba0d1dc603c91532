// The list in axis order (when events happened, or when they were first reported), grouped by month: the accessible
// twin of the timeline. Renders a page around the selection (never all of a 100k corpus), with buttons to show more
// either side. On the reported axis, events with no known report date come last, under their own heading.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EventDate, TimelineEvent } from '../../../../pipeline/types';
import { formatEventDate, formatMonth } from '../../../lib/format-date';
import { indexOfSorted } from '../../../lib/sorted';
import type { Axis } from '../../../lib/url-state';
import { groupByMonth, PAGE, sliceAround, UNDATED } from '../lib/window';

export interface EventListProps {
  axis: Axis;
  /** Events and their date on the axis (null = none), by index position. */
  events: readonly TimelineEvent[];
  placed: readonly (EventDate | null)[];
  /** Positions in axis order, and the ranks (indexes into it) of the filtered events, ascending. */
  order: Int32Array;
  ranks: readonly number[];
  selectedId: string | null;
  /** Rank of the selection, or null. */
  selectedRank: number | null;
  onSelect(id: string): void;
  onClearFilters(): void;
  filtered: boolean;
}

export function EventList({ axis, events, placed, order, ranks, selectedId, selectedRank, onSelect, onClearFilters, filtered }: EventListProps) {
  const [more, setMore] = useState({ before: 0, after: 0 });
  useEffect(() => setMore({ before: 0, after: 0 }), [ranks]);
  const k = selectedRank === null ? -1 : indexOfSorted(ranks, selectedRank);
  const slice = sliceAround(ranks.length, k, more);
  const groups = useMemo(
    () => groupByMonth(ranks.slice(slice.from, slice.to).map((r) => order[r]!), (p) => placed[p]?.from ?? null),
    [ranks, order, placed, slice.from, slice.to],
  );
  const dateText = (p: number) => {
    const date = placed[p];
    if (!date) return 'Report date unknown';
    return axis === 'reported' ? `Reported ${formatEventDate(date)}` : formatEventDate(date);
  };

  const listRef = useRef<HTMLDivElement>(null);
  // Keep the selection visible by scrolling the list box only (never the page, which the reader may be using).
  useEffect(() => {
    const box = listRef.current;
    const row = box?.querySelector('[aria-current="true"]');
    if (!box || !row) return;
    const [r, b] = [row.getBoundingClientRect(), box.getBoundingClientRect()];
    const header = 28;
    // Out of view: bring it to the middle (a row cut by the sticky month heading reads as a glitch).
    if (r.top < b.top + header || r.bottom > b.bottom) box.scrollTop += r.top - b.top - (b.height - r.height) / 2;
  }, [selectedId]);

  const heading = (
    <h2 id="list-heading" className="panel-title">
      Events <span className="font-normal text-muted">({ranks.length.toLocaleString('en')}{filtered ? ` of ${events.length.toLocaleString('en')}` : ''})</span>
    </h2>
  );

  if (ranks.length === 0)
    return (
      <section aria-labelledby="list-heading" className="panel p-3" data-testid="event-list">
        {heading}
        {events.length === 0 ? (
          <p className="empty">No events in this corpus yet: add dated articles to the corpus and rebuild.</p>
        ) : (
          <p className="empty">
            No events match.{' '}
            <button type="button" className="btn" onClick={onClearFilters}>Clear filters</button>
          </p>
        )}
      </section>
    );

  return (
    <section aria-labelledby="list-heading" className="panel flex min-h-0 flex-col p-3" data-testid="event-list">
      {heading}
      <div ref={listRef} className="min-h-0 flex-1 overflow-y-auto">
        {slice.from > 0 && (
          <button type="button" className="btn my-1 w-full" onClick={() => setMore((m) => ({ ...m, before: m.before + PAGE }))}>
            Show earlier events ({slice.from.toLocaleString('en')} more)
          </button>
        )}
        {groups.map((g) => (
          <section key={g.month} aria-label={g.month === UNDATED ? 'Report date unknown' : formatMonth(g.month)} data-testid="list-group">
            <h3 className="sticky top-0 z-10 bg-surface py-1 text-xs font-semibold uppercase tracking-wide text-muted">
              {g.month === UNDATED ? 'Report date unknown' : formatMonth(g.month)}
            </h3>
            <ol className="space-y-1">
              {g.rows.map((p) => {
                const e = events[p]!;
                const current = e.id === selectedId;
                return (
                  <li key={e.id}>
                    <button
                      type="button"
                      data-testid="event-item"
                      data-event-id={e.id}
                      aria-current={current ? 'true' : undefined}
                      className="list-item"
                      onClick={() => onSelect(e.id)}
                    >
                      <span className="block text-xs text-muted">{dateText(p)}</span>
                      <span className="block">{e.title}</span>
                      {e.actors.length > 0 && <span className="block text-xs text-muted">{e.actors.map((a) => a.name).join(', ')}</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
        {slice.to < ranks.length && (
          <button type="button" className="btn my-1 w-full" onClick={() => setMore((m) => ({ ...m, after: m.after + PAGE }))}>
            Show later events ({(ranks.length - slice.to).toLocaleString('en')} more)
          </button>
        )}
      </div>
    </section>
  );
}
