// How a publication context is known, in plain words: provenance, window, note, and the clues of an estimate.
import type { PublicationContext as Context } from '../../pipeline/types';
import { formatContextDay } from '../lib/format-date';

export const PROVENANCE: Record<Context['provenance'], string> = {
  stated: 'Stated on the page',
  curated: 'Supplied by a curator',
  estimated: 'Estimated from clues in the text',
  unknown: 'Unknown',
};

export function PublicationContext({ context }: { context: Context }) {
  return (
    <div className="space-y-1 text-sm" data-testid="publication-context">
      <p>
        <span className={`badge badge-${context.provenance}`}>{PROVENANCE[context.provenance]}</span>{' '}
        <span>{formatContextDay(context)}</span>
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
