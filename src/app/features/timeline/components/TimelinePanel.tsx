// The timeline area: zoom controls, the axis toggle, legend, and the (lazily loaded) vis-timeline wrapper.
import { lazy, Suspense, useRef } from 'react';
import type { Axis } from '../../../lib/url-state';
import { AxisToggle } from './AxisToggle';
import { Legend } from './Legend';
import type { TimelineHandle, TimelineViewProps } from './TimelineView';

const TimelineView = lazy(() => import('./TimelineView'));

const PRESETS = [
  { label: 'Year', days: 365 },
  { label: 'Month', days: 31 },
  { label: 'Week', days: 7 },
] as const;

export interface TimelinePanelProps extends Omit<TimelineViewProps, 'ref'> {
  axis: Axis;
  onAxisChange(next: Axis): void;
  /** Events (under the filters) not on the timeline because no report date is known for them. */
  undated: number;
}

export function TimelinePanel({ axis, onAxisChange, undated, ...props }: TimelinePanelProps) {
  const handle = useRef<TimelineHandle>(null);
  return (
    <section aria-labelledby="timeline-heading" className="panel p-2">
      <div className="flex flex-wrap items-center gap-2 pb-2">
        <h2 id="timeline-heading" className="sr-only">Timeline</h2>
        <div role="toolbar" aria-label="Timeline zoom" className="flex flex-wrap gap-1">
          <button type="button" className="btn" onClick={() => handle.current?.fit()}>Fit all</button>
          <button type="button" className="btn" disabled={!props.selectedId} onClick={() => handle.current?.focusSelection()}>
            Zoom to selection
          </button>
          {PRESETS.map((p) => (
            <button key={p.label} type="button" className="btn" aria-label={`Show one ${p.label.toLowerCase()}`} onClick={() => handle.current?.zoomDays(p.days)}>
              {p.label}
            </button>
          ))}
        </div>
        <AxisToggle axis={axis} onChange={onAxisChange} />
        <Legend />
      </div>
      {undated > 0 && (
        <p role="status" className="notice mb-2 text-sm" data-testid="undated-notice">
          {undated === 1 ? '1 event has' : `${undated.toLocaleString('en')} events have`} no known report date: not on the timeline, listed
          last under “Report date unknown”.
        </p>
      )}
      <div className="h-56 sm:h-72 xl:h-96">
        <Suspense fallback={<div className="skeleton h-full" aria-busy="true" aria-label="Loading the timeline" />}>
          <TimelineView ref={handle} {...props} />
        </Suspense>
      </div>
      <p className="pt-1 text-xs text-muted">
        Drag to pan · Ctrl+scroll or pinch to zoom · scroll for more rows · ←/→ step through events. The list below has the same events for keyboard and screen readers.
      </p>
    </section>
  );
}
