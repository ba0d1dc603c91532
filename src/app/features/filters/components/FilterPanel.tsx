// Filters: the date range and "as known on" (short, first), leaders and countries (multi-select facets with live
// counts), and clear-all.
import type { EventIndex } from '../../../lib/event-index';
import type { DayRange } from '../../../lib/url-state';
import type { FilterResult } from '../lib/filter';
import { DateRangeFilter } from './DateRangeFilter';
import { Facet } from './Facet';
import { KnownFilter } from './KnownFilter';

export interface FilterPanelProps {
  index: EventIndex;
  result: FilterResult;
  people: readonly string[];
  countries: readonly string[];
  dates: DayRange | null;
  known: string | null;
  view: DayRange | null;
  active: boolean;
  onChange(patch: { people?: string[]; countries?: string[]; dates?: DayRange | null; known?: string | null }): void;
  onClearAll(): void;
}

export function FilterPanel({ index, result, people, countries, dates, known, view, active, onChange, onClearAll }: FilterPanelProps) {
  return (
    <section aria-labelledby="filters-heading" className="panel space-y-4 p-3" data-testid="filters">
      <div className="flex items-center justify-between">
        <h2 id="filters-heading" className="panel-title">Filters</h2>
        <button type="button" className="btn" disabled={!active} onClick={onClearAll}>Clear all</button>
      </div>
      <DateRangeFilter value={dates} view={view} onChange={(next) => onChange({ dates: next })} />
      <KnownFilter value={known} onChange={(next) => onChange({ known: next })} />
      <Facet legend="Leaders" testId="facet-people" values={index.people} counts={result.peopleCounts} chosen={people} onChange={(next) => onChange({ people: next })} />
      <Facet
        legend="Countries"
        testId="facet-countries"
        values={index.countries}
        counts={result.countryCounts}
        chosen={countries}
        suffix={(v) => v.value}
        onChange={(next) => onChange({ countries: next })}
      />
    </section>
  );
}
