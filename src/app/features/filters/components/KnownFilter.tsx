// "As known on": a day after which reports are hidden, so the timeline shows what was known then. The typed day is a
// draft until its year is complete (typing "2025" passes through years 0002, 0020, 0202, which are not meant).
import { useEffect, useState } from 'react';

const complete = (day: string) => day === '' || day >= '1000-01-01';

export function KnownFilter({ value, onChange }: { value: string | null; onChange(next: string | null): void }) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  return (
    <fieldset className="space-y-2" data-testid="known-filter">
      <legend className="panel-title">As known on</legend>
      <label className="block text-sm">
        <span className="block text-muted">Hide reports published after</span>
        <input
          type="date"
          className="input w-full"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (complete(e.target.value) && e.target.value !== (value ?? '')) onChange(e.target.value || null);
          }}
        />
      </label>
      <button type="button" className="btn" disabled={!value} onClick={() => onChange(null)}>Everything known</button>
    </fieldset>
  );
}
