// The layout: header (search, share, theme), notices, the timeline, then filters, the event list and the detail
// panel side by side (stacked on narrow screens), and the reader as a modal.
import { useMemo, useRef } from 'react';
import type { CorpusBundle } from '../pipeline/types';
import { Notices } from './components/Notices';
import { ThemeToggle } from './components/ThemeToggle';
import { EventDetail } from './features/detail/components/EventDetail';
import { EventList } from './features/event-list/components/EventList';
import { ExportMenu, generatedAtOf } from './features/export';
import { FilterPanel } from './features/filters/components/FilterPanel';
import { SearchBox } from './features/filters/components/SearchBox';
import { Reader } from './features/reader/components/Reader';
import { CopyLink } from './features/share/components/CopyLink';
import { TimelinePanel } from './features/timeline/components/TimelinePanel';
import { useExplorer } from './use-explorer';
import { useShortcuts } from './lib/use-shortcuts';

export function Explorer({ bundle, startupNotices }: { bundle: CorpusBundle; startupNotices: readonly string[] }) {
  const { index, url, result, axisView, shown, selected, selectedRank, selectedKnown, selectedUnreported, missingEvent, notices, filtered, canStep, actions } = useExplorer(
    bundle,
    startupNotices,
  );
  const searchRef = useRef<HTMLInputElement>(null);
  useShortcuts({
    step: actions.step,
    focusSearch: () => searchRef.current?.focus(),
    escape: () => actions.select(null),
  });
  const generatedAt = useMemo(() => generatedAtOf(bundle.documents), [bundle]);
  const readerDoc = url.doc ? index.documents.get(url.doc) : undefined;
  const focus = selected && readerDoc ? selected.sources.find((s) => s.docId === readerDoc.id) ?? null : null;

  return (
    <div className="mx-auto flex min-h-screen max-w-screen-2xl flex-col gap-3 p-3">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-bold tracking-tight">Dateline</h1>
        <SearchBox ref={searchRef} value={url.q} onChange={actions.setQuery} />
        <CopyLink />
        <ThemeToggle />
      </header>
      <Notices notices={notices} onDismiss={actions.dismissNotices} />
      {missingEvent && (
        <div role="alert" className="notice flex items-center gap-3" data-testid="missing-event">
          <p className="flex-1 text-sm">
            No event with id “{missingEvent}” in this corpus. It may have been removed; the rest of the timeline is shown.
          </p>
          <button type="button" className="btn" onClick={() => actions.select(null)}>Dismiss</button>
        </div>
      )}
      <main className="flex flex-col gap-3">
        <TimelinePanel
          axis={axisView.axis}
          onAxisChange={actions.setAxis}
          undated={axisView.undated}
          events={axisView.events}
          placed={axisView.placed}
          matches={result.matches}
          selectedId={selected?.id ?? null}
          view={url.view}
          dates={url.dates}
          onSelect={actions.select}
          onViewChange={actions.setView}
        />
        <div className="flex justify-end">
          <ExportMenu events={shown} generatedAt={generatedAt} docsById={index.documents} />
        </div>
        <div className="grid gap-3 md:grid-cols-[16rem_minmax(0,1fr)] xl:grid-cols-[16rem_minmax(0,1fr)_minmax(0,1.2fr)]">
          <div className="order-2 md:order-1 md:row-span-2 xl:row-span-1 xl:max-h-[70vh] xl:overflow-y-auto xl:rounded-lg">
            <FilterPanel
              index={index}
              result={result}
              people={url.people}
              countries={url.countries}
              dates={url.dates}
              known={url.known}
              view={url.view}
              active={filtered}
              onChange={actions.setFilters}
              onClearAll={actions.clearFilters}
            />
          </div>
          <div className="order-3 flex max-h-[65vh] min-h-0 flex-col md:order-2 md:max-h-[70vh]">
            <EventList
              axis={axisView.axis}
              events={axisView.events}
              placed={axisView.placed}
              order={axisView.order}
              ranks={axisView.ranks}
              selectedId={selected?.id ?? null}
              selectedRank={selectedRank}
              onSelect={actions.select}
              onClearFilters={actions.clearFilters}
              filtered={filtered}
            />
          </div>
          <section aria-label="Event details" className="panel order-1 p-3 md:order-3 xl:max-h-[70vh] xl:overflow-y-auto">
            <div className="mb-2 flex gap-1" role="group" aria-label="Step through events">
              <button type="button" className="btn" disabled={!canStep.prev} onClick={() => actions.step(-1)} aria-keyshortcuts="ArrowLeft">← Previous</button>
              <button type="button" className="btn" disabled={!canStep.next} onClick={() => actions.step(1)} aria-keyshortcuts="ArrowRight">Next →</button>
            </div>
            {selected ? (
              <EventDetail
                key={selected.id}
                event={selected}
                knownOn={url.known}
                unreported={selectedUnreported}
                later={selectedKnown?.later ?? 0}
                refinedTo={selectedKnown?.refinedTo ?? null}
                documents={index.documents}
                readerHref={actions.readerHref}
                onOpenReader={actions.openReader}
                onClose={() => actions.select(null)}
              />
            ) : (
              <p className="empty">Select an event on the timeline or in the list to see where its date comes from.</p>
            )}
          </section>
        </div>
      </main>
      {readerDoc && <Reader doc={readerDoc} focus={focus} onClose={actions.closeReader} />}
    </div>
  );
}
