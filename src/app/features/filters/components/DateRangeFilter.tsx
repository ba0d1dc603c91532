// The date-range filter, tied to the timeline: typed days, or "use the visible window" in one click.
import type { DayRange } from '../../../lib/url-state';

export interface DateRangeFilterProps {
  value: DayRange | null;
  /** The timeline's visible window, if known. */
  view: DayRange | null;
  onChange(next: DayRange | null): void;
}

export function DateRangeFilter({ value, view, onChange }: DateRangeFilterProps) {
  const set = (from: string, to: string) => {
    if (!from || !to) return onChange(null);
    onChange(from <= to ? { from, to } : { from: to, to: from });
  };
  return (
    <fieldset className="space-y-2" data-testid="date-filter">
      <legend className="panel-title">Dates</legend>
      <div className="grid grid-cols-2 gap-2 md:grid-cols-1">
        <label className="text-sm">
          <span className="block text-muted">From</span>
          <input type="date" className="input w-full" value={value?.from ?? ''} onChange={(e) => set(e.target.value, value?.to ?? e.target.value)} />
        </label>
        <label className="text-sm">
          <span className="block text-muted">To</span>
          <input type="date" className="input w-full" value={value?.to ?? ''} onChange={(e) => set(value?.from ?? e.target.value, e.target.value)} />
        </label>
      </div>
      <div className="flex flex-wrap gap-1">
        <button type="button" className="btn" disabled={!view} onClick={() => view && onChange(view)}>Use timeline window</button>
        <button type="button" className="btn" disabled={!value} onClick={() => onChange(null)}>Any date</button>
      </div>
    </fieldset>
  );
}
