// Which date places the events: a segmented radio group (arrow keys move between the two, as in any radio group).
import { AXES, type Axis } from '../../../lib/url-state';

const LABELS: Record<Axis, string> = { happened: 'Happened', reported: 'First reported' };

export function AxisToggle({ axis, onChange }: { axis: Axis; onChange(next: Axis): void }) {
  return (
    <fieldset className="flex items-center gap-2" data-testid="axis-toggle">
      <legend className="sr-only">Place events by</legend>
      <span aria-hidden="true" className="whitespace-nowrap text-sm text-muted">Place by</span>
      <div className="flex overflow-hidden rounded-md border border-line">
        {AXES.map((a) => (
          <label
            key={a}
            className="cursor-pointer whitespace-nowrap px-2 py-1 text-sm has-[:checked]:bg-accent has-[:checked]:text-[var(--accent-fg)] has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent"
          >
            <input type="radio" name="axis" value={a} checked={axis === a} onChange={() => onChange(a)} className="sr-only" />
            {LABELS[a]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
