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
  /** Optional: documents by id, so the CSV names each source document by its title instead of its id. */
  docsById?: DocsById;
}

const BUTTON =
  'rounded-md border border-neutral-300 bg-white px-3 py-1.5 text-sm font-medium text-neutral-800 shadow-sm ' +
  'hover:bg-neutral-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ' +
  'disabled:cursor-not-allowed disabled:opacity-50 dark:border-neutral-600 dark:bg-neutral-800 ' +
  'dark:text-neutral-100 dark:hover:bg-neutral-700 dark:focus-visible:outline-blue-400';

/** Three download buttons (CSV, iCalendar, TimelineJS) for the events currently shown. */
export function ExportMenu({ events, generatedAt, docsById }: ExportMenuProps) {
  const labelId = useId();
  const [error, setError] = useState<string | null>(null);
  const count = events.length;
  const summary = count === 0 ? 'No events to export' : `Export ${count} ${count === 1 ? 'event' : 'events'}`;

  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-wrap items-center gap-2 text-neutral-700 dark:text-neutral-300">
      <span id={labelId} className="text-sm">
        {summary}
      </span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format.id}
          type="button"
          disabled={count === 0}
          className={BUTTON}
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
