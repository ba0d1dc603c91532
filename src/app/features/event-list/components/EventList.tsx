// The chronological list, grouped by month: the accessible twin of the timeline. Renders a page around the
// selection (never all of a 100k corpus), with buttons to show more either side.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineEvent } from '../../../../pipeline/types';
import { formatEventDate, formatMonth } from '../../../lib/format-date';
import { indexOfSorted } from '../../../lib/sorted';
import { groupByMonth, PAGE, sliceAround } from '../lib/window';

export interface EventListProps {
  events: readonly TimelineEvent[];
  /** Filtered positions into `events`, in time order. */
  positions: readonly number[];
  selectedId: string | null;
  /** Position of the selection in `events`, or null. */
  selectedPos: number | null;
  onSelect(id: string): void;
  onClearFilters(): void;
  filtered: boolean;
}

export function EventList({ events, positions, selectedId, selectedPos, onSelect, onClearFilters, filtered }: EventListProps) {
  const [more, setMore] = useState({ before: 0, after: 0 });
  useEffect(() => setMore({ before: 0, after: 0 }), [positions]);
  const k = selectedPos === null ? -1 : indexOfSorted(positions, selectedPos);
  const slice = sliceAround(positions.length, k, more);
  const groups = useMemo(
    () => groupByMonth(positions.slice(slice.from, slice.to), (p) => events[p]!.date.from),
    [positions, events, slice.from, slice.to],
  );

  const listRef = useRef<HTMLDivElement>(null);
  // Keep the selection visible by scrolling the list box only (never the page, which the reader may be using).
  useEffect(() => {
    const box = listRef.current;
    const row = box?.querySelector('[aria-current="true"]');
    if (!box || !row) return;
    const [r, b] = [row.getBoundingClientRect(), box.getBoundingClientRect()];
    const header = 28;
    if (r.top < b.top + header) box.scrollTop -= b.top + header - r.top;
    else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom;
  }, [selectedId]);

  const heading = (
    <h2 id="list-heading" className="panel-title">
      Events <span className="font-normal text-muted">({positions.length.toLocaleString('en')}{filtered ? ` of ${events.length.toLocaleString('en')}` : ''})</span>
    </h2>
  );

  if (positions.length === 0)
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
          <section key={g.month} aria-label={formatMonth(g.month)}>
            <h3 className="sticky top-0 z-10 bg-surface py-1 text-xs font-semibold uppercase tracking-wide text-muted">{formatMonth(g.month)}</h3>
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
                      <span className="block text-xs text-muted">{formatEventDate(e.date)}</span>
                      <span className="block">{e.title}</span>
                      {e.actors.length > 0 && <span className="block text-xs text-muted">{e.actors.map((a) => a.name).join(', ')}</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
        {slice.to < positions.length && (
          <button type="button" className="btn my-1 w-full" onClick={() => setMore((m) => ({ ...m, after: m.after + PAGE }))}>
            Show later events ({(positions.length - slice.to).toLocaleString('en')} more)
          </button>
        )}
      </div>
    </section>
  );
}
