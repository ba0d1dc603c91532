// The one wrapper around vis-timeline: everything else talks to it through props and the handle below.
// Items are drawn by a template that builds DOM with textContent — event text never becomes HTML.
import moment from 'moment';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { EventDate, TimelineEvent } from '../../../../pipeline/types';
import type { DayRange } from '../../../lib/url-state';
import { BAND_ID, bandItem, daysToWindow, toItems, windowAround, windowToDays, type EventItem } from '../lib/items';

export interface TimelineHandle {
  fit(): void;
  /** Zoom to `days` wide around the selection (or the current centre). */
  zoomDays(days: number): void;
  focusSelection(): void;
}

export interface TimelineViewProps {
  ref?: Ref<TimelineHandle>;
  events: readonly TimelineEvent[];
  /** By position: where the event sits on the chosen axis; null = not on the timeline (no known report date). */
  placed: readonly (EventDate | null)[];
  /** Filter mask by event position: 1 = shown. */
  matches: Uint8Array;
  selectedId: string | null;
  view: DayRange | null;
  /** The date-range filter, drawn as a band. */
  dates: DayRange | null;
  onSelect(id: string | null): void;
  onViewChange(view: DayRange): void;
}

const mid = (a: Date, b: Date) => new Date((a.getTime() + b.getTime()) / 2);
const ANIMATION = { animation: { duration: 300, easingFunction: 'easeInOutQuad' as const } };

/** Item DOM from text only. A cluster (large corpora) carries its members in `uiItems`. */
function label(item: EventItem | { uiItems: unknown[] }): HTMLElement {
  const el = document.createElement('span');
  el.textContent = 'uiItems' in item ? `${item.uiItems.length} events` : item.label;
  return el;
}

/** Above this many events, crowded stretches are drawn as clusters (double-click one to zoom into it). */
const CLUSTER_ABOVE = 500;

const OPTIONS: TimelineOptions = {
  height: '100%',
  stack: true,
  // Wheel scrolls the stacked rows; Ctrl+wheel (and touchpad pinch) zooms; drag pans; pinch zooms on touch.
  verticalScroll: true,
  zoomKey: 'ctrlKey',
  selectable: true,
  showCurrentTime: false,
  showTooltips: false,
  zoomMin: 86_400_000 * 2,
  zoomMax: 86_400_000 * 365 * 60,
  margin: { item: { horizontal: 4, vertical: 6 } },
  orientation: { axis: 'top', item: 'top' },
  moment: (date: moment.MomentInput) => moment(date).utc(),
  template: label,
};

export default function TimelineView({ ref, events, placed, matches, selectedId, view, dates, onSelect, onViewChange }: TimelineViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const latest = useRef({ matches, selectedId, view, onSelect, onViewChange });
  latest.current = { matches, selectedId, view, onSelect, onViewChange };

  const items = useMemo(() => new DataSet<EventItem>(), []);
  const shown = useMemo(() => new DataView(items, { filter: (item) => item.position < 0 || latest.current.matches[item.position] === 1 }), [items]);
  // A timeline created while the filters match nothing (and no window in the URL) opens on today: fit the events
  // the first time there are some.
  const unfitted = useRef(false);
  const fitIfUnfitted = () => {
    if (!unfitted.current || !timeline.current || latest.current.view || shown.length === 0) return;
    unfitted.current = false;
    timeline.current.fit({ animation: false });
  };

  // The axis or the "as known on" day moved events: update them in place (the window stays), drop the unplaced.
  // Declared before the timeline is created, so the first drawing already has every item.
  useEffect(() => {
    const next = toItems(events, placed);
    const keep = new Set(next.map((item) => item.id));
    items.remove(items.getIds().filter((id) => id !== BAND_ID && !keep.has(id as string)));
    items.update(next);
    fitIfUnfitted();
  }, [events, placed, items]);

  useEffect(() => {
    const initial = latest.current.view ? daysToWindow(latest.current.view) : {};
    const cluster = items.length > CLUSTER_ABOVE ? { cluster: { maxItems: 4, titleTemplate: 'Double-click to zoom in', fitOnDoubleClick: true } } : {};
    const tl = new Timeline(container.current!, shown, { ...OPTIONS, ...cluster, ...initial });
    timeline.current = tl;
    tl.on('select', ({ items: ids }: { items: string[] }) => {
      const id = ids[0] ?? null;
      // A cluster is not an event: selecting one leaves the selection alone.
      if (id === null || (id !== BAND_ID && items.get(id))) latest.current.onSelect(id);
    });
    tl.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => latest.current.onViewChange(windowToDays(start, end)));
    unfitted.current = !latest.current.view;
    fitIfUnfitted();
    return () => {
      tl.destroy();
      timeline.current = null;
    };
  }, [shown, items]);

  useEffect(() => {
    shown.refresh();
    fitIfUnfitted();
  }, [matches, shown]);

  useEffect(() => {
    if (dates) items.update(bandItem(dates));
    else items.remove(BAND_ID);
  }, [dates, items]);

  // The URL's window (back/forward, a pasted link) moves the timeline unless it already shows those days.
  useEffect(() => {
    const tl = timeline.current;
    if (!tl || !view) return;
    const now = tl.getWindow();
    const current = windowToDays(now.start, now.end);
    if (current.from === view.from && current.to === view.to) return;
    const w = daysToWindow(view);
    tl.setWindow(w.start, w.end, { animation: false });
  }, [view]);

  // Selection: highlight it, and bring it into view when it is off-screen — outside the window, or scrolled out of
  // the stacked rows (checked after vis redraws). A visible selection never moves the window (deep links keep theirs).
  useEffect(() => {
    const tl = timeline.current;
    if (!tl) return;
    const item = selectedId ? shown.get(selectedId) : null;
    tl.setSelection(item ? [item.id] : []);
    if (!item) return;
    const focus = () => tl.focus(item.id, { zoom: false, ...ANIMATION });
    const { start, end } = tl.getWindow();
    if ((item.end ?? item.start) < start || item.start > end) return focus();
    let done = false;
    const check = () => {
      if (done) return;
      done = true;
      const el = container.current?.querySelector('.vis-item.vis-selected:not(.vis-dot)')?.getBoundingClientRect();
      const panel = container.current?.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      if (el && panel && (el.top < panel.top || el.bottom > panel.bottom)) focus();
    };
    tl.on('changed', check);
    const timer = setTimeout(check, 300);
    return () => {
      done = true;
      tl.off('changed', check);
      clearTimeout(timer);
    };
  }, [selectedId, shown, matches, placed]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => timeline.current?.fit(ANIMATION),
      focusSelection: () => {
        const id = latest.current.selectedId;
        if (id && shown.get(id)) timeline.current?.focus(id, ANIMATION);
      },
      zoomDays: (days) => {
        const tl = timeline.current;
        if (!tl) return;
        const id = latest.current.selectedId;
        const item = id ? shown.get(id) : null;
        const { start, end } = tl.getWindow();
        const w = windowAround(item ? mid(item.start, item.end ?? item.start) : mid(start, end), days);
        tl.setWindow(w.start, w.end, ANIMATION);
      },
    }),
    [shown],
  );

  return <div ref={container} className="dl-timeline h-full" data-testid="timeline" />;
}
