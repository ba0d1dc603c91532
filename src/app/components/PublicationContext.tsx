// How a publication context is known, in plain words: provenance, window, note, and the clues of an estimate.
import type { PublicationContext as Context } from '../../pipeline/types';
import { formatDay } from '../lib/format-date';

const PROVENANCE: Record<Context['provenance'], string> = {
  stated: 'Stated on the page',
  curated: 'Supplied by a curator',
  estimated: 'Estimated from clues in the text',
  unknown: 'Unknown',
};

function when(c: Context): string {
  if (c.value) return formatDay(c.value);
  if (c.from && c.to) return `between ${formatDay(c.from)} and ${formatDay(c.to)}`;
  if (c.from) return `after ${formatDay(c.from)}`;
  if (c.to) return `before ${formatDay(c.to)}`;
  return 'no date known';
}

export function PublicationContext({ context }: { context: Context }) {
  return (
    <div className="space-y-1 text-sm" data-testid="publication-context">
      <p>
        <span className={`badge badge-${context.provenance}`}>{PROVENANCE[context.provenance]}</span>{' '}
        <span>{when(context)}</span>
        {context.confidence !== undefined && <span className="text-muted"> (confidence {Math.round(context.confidence * 100)}%)</span>}
      </p>
      {context.note && <p className="text-muted">{context.note}</p>}
      {context.clues && context.clues.length > 0 && (
        <ul className="list-disc pl-5 text-muted">
          {context.clues.map((clue) => (
            <li key={`${clue.rule}-${clue.start}`}>
              “{clue.text}”: {clue.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
