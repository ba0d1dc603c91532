// One multi-select facet: checkboxes with counts under the other filters; long lists show the top values first.
import { useState } from 'react';
import type { FacetValue } from '../../../lib/event-index';

const TOP = 10;

export interface FacetProps {
  legend: string;
  testId: string;
  values: readonly FacetValue[];
  counts: ReadonlyMap<string, number>;
  chosen: readonly string[];
  /** Text shown after the label, e.g. the country code. */
  suffix?(value: FacetValue): string;
  onChange(next: string[]): void;
}

export function Facet({ legend, testId, values, counts, chosen, suffix, onChange }: FacetProps) {
  const [all, setAll] = useState(false);
  const shown = all ? values : values.filter((v, i) => i < TOP || chosen.includes(v.value));
  if (values.length === 0) return null;
  return (
    <fieldset className="space-y-1" data-testid={testId}>
      <legend className="panel-title">{legend}</legend>
      {shown.map((v) => {
        const checked = chosen.includes(v.value);
        const count = counts.get(v.value) ?? 0;
        return (
          <label key={v.value} className={`facet-row ${count === 0 && !checked ? 'text-muted' : ''}`}>
            <input
              type="checkbox"
              checked={checked}
              onChange={() => onChange(checked ? chosen.filter((c) => c !== v.value) : [...chosen, v.value])}
            />
            <span className="flex-1">
              {v.label}
              {suffix && <span className="text-muted"> {suffix(v)}</span>}
              {v.detail && <span className="block text-xs text-muted">{v.detail}</span>}
            </span>
            <span className="text-xs text-muted" aria-label={`${count} events`}>{count}</span>
          </label>
        );
      })}
      {values.length > TOP && (
        <button type="button" className="link text-sm" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      )}
    </fieldset>
  );
}
