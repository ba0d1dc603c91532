// Everything known about one event and why: when it happened (as known on the chosen day, and what later reports
// refined), when each source reported it, the rule in plain words, actors, countries, and every source with a link
// to the full article.
import type { BundledDocument, EventDate, TimelineEvent } from '../../../../pipeline/types';
import { PROVENANCE } from '../../../components/PublicationContext';
import { countryName } from '../../../lib/countries';
import { formatContextDay, formatDay, formatEventDate } from '../../../lib/format-date';
import { reportLines } from '../lib/reports';
import { SourceCard } from './SourceCard';

export interface EventDetailProps {
  /** The event as known on `knownOn` (all of it when no day is set). */
  event: TimelineEvent;
  knownOn: string | null;
  /** No report of it had been published by `knownOn` (it is hidden from the timeline and the list). */
  unreported: boolean;
  /** Reports published after `knownOn`, and the final date when they changed it. */
  later: number;
  refinedTo: EventDate | null;
  documents: ReadonlyMap<string, BundledDocument>;
  /** Link (query string) that opens a document in the reader, and the handler that does it in place. */
  readerHref(docId: string): string;
  onOpenReader(docId: string): void;
  onClose(): void;
}

export function EventDetail({ event, knownOn, unreported, later, refinedTo, documents, readerHref, onOpenReader, onClose }: EventDetailProps) {
  return (
    <article aria-labelledby="detail-title" className="space-y-3" data-testid="event-detail">
      <div className="flex items-start gap-2">
        <h2 id="detail-title" className="flex-1 text-lg font-semibold" tabIndex={-1}>{event.title}</h2>
        <button type="button" className="btn" onClick={onClose} aria-label="Close event details">✕</button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">Happened</dt>
        <dd data-testid="detail-date">
          {formatEventDate(event.date)} <code className="text-xs text-muted">{event.date.value}</code>
          {event.dating === 'reported' && <span className="block text-muted">No date of its own: placed at its story's publication.</span>}
          {refinedTo && (
            <span className="block text-muted" data-testid="detail-refined">
              Later reports refined this to {formatEventDate(refinedTo)}.
            </span>
          )}
        </dd>
        <dt className="text-muted">Reported</dt>
        <dd data-testid="detail-reported">
          <ul>
            {reportLines(event.sources, documents).map((r) => (
              <li key={`${r.docId}-${r.context.from}-${r.context.provenance}`}>
                {formatContextDay(r.context)} by {r.title} ({PROVENANCE[r.context.provenance].toLowerCase()})
                {r.sentences > 1 && <span className="text-muted"> · {r.sentences} sentences</span>}
              </li>
            ))}
          </ul>
          {knownOn && unreported && (
            <span className="block text-muted" data-testid="detail-later">
              Not yet reported on {formatDay(knownOn)}: hidden from the timeline and the list.
            </span>
          )}
          {knownOn && later > 0 && (
            <span className="block text-muted" data-testid="detail-later">
              As known on {formatDay(knownOn)}: {later === 1 ? '1 later report' : `${later} later reports`} hidden.
            </span>
          )}
        </dd>
        {event.type && (
          <>
            <dt className="text-muted">Kind</dt>
            <dd>{event.type}</dd>
          </>
        )}
        {event.place && (
          <>
            <dt className="text-muted">Place</dt>
            <dd>{event.place}</dd>
          </>
        )}
        <dt className="text-muted">People</dt>
        <dd data-testid="detail-actors">{event.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ') || '—'}</dd>
        {event.unlinked && (
          <>
            <dt className="text-muted">Unlinked</dt>
            <dd data-testid="detail-unlinked">
              {event.unlinked.map((u) => [u.name, u.role, u.country && countryName(u.country)].filter(Boolean).join(', ')).join('; ')}
              <span className="block text-xs text-muted">named in the text with a role, but not in the gazetteer</span>
            </dd>
          </>
        )}
        <dt className="text-muted">Countries</dt>
        <dd data-testid="detail-countries">{event.countries.map((c) => `${countryName(c)} (${c})`).join(', ') || '—'}</dd>
        <dt className="text-muted">Why an event</dt>
        <dd>
          {event.reason} <code className="text-xs text-muted">{event.rule}</code>
        </dd>
      </dl>
      <section aria-labelledby="sources-title" className="space-y-2">
        <h3 id="sources-title" className="font-semibold">
          {event.sources.length === 1 ? 'Source' : `Sources (${event.sources.length})`}
        </h3>
        <ul className="space-y-2">
          {event.sources.map((s) => (
            <SourceCard
              key={`${s.docId}-${s.start}`}
              source={s}
              event={event}
              doc={documents.get(s.docId)}
              href={readerHref(s.docId)}
              onOpen={() => onOpenReader(s.docId)}
            />
          ))}
        </ul>
      </section>
    </article>
  );
}
