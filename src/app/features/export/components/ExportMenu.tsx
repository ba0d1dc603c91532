import { useId, useState } from 'react';
import type { TimelineEvent } from '../../../../pipeline/types';
import { download } from '../lib/download';
import { EXPORT_FORMATS } from '../lib/formats';
import type { DocsById } from '../lib/rows';

export interface ExportMenuProps {
  /** The events shown (after filters): exactly these are exported, in this order. */
  events: readonly TimelineEvent[];
  /** When the data was generated (ISO day or zoned date-time, from the bundle); the iCalendar DTSTAMP. */
  generatedAt: string;
  /** Optional: documents by id, so the exports name each source document by its title instead of its id. */
  docsById?: DocsById;
}

/**
 * Three download buttons (CSV, iCalendar, TimelineJS) for the events currently shown. Styled with the app's
 * `btn` class and theme tokens (light/dark follow `data-theme`).
 */
export function ExportMenu({ events, generatedAt, docsById }: ExportMenuProps) {
  const labelId = useId();
  const [error, setError] = useState<string | null>(null);
  const count = events.length;
  const summary = count === 0 ? 'No events to export' : `Export ${count} ${count === 1 ? 'event' : 'events'}`;

  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-wrap items-center gap-2">
      <span id={labelId} className="text-sm text-muted">
        {summary}
      </span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format.id}
          type="button"
          disabled={count === 0}
          className="btn"
          onClick={() => {
            try {
              download(format.filename, format.mime, format.build(events, { generatedAt, docsById }));
              setError(null);
            } catch (e) {
              setError(`${format.label} failed: ${(e as Error).message}`);
            }
          }}
        >
          {format.label}
        </button>
      ))}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
