// Everything known about one event and why: its date and the words it came from, the anchor and where that came
// from, the rule in plain words, actors, countries, and every source with a link to the full article.
import type { BundledDocument, EventSource, TimelineEvent } from '../../../../pipeline/types';
import { Highlighted } from '../../../components/Highlighted';
import { PublicationContext } from '../../../components/PublicationContext';
import { countryName } from '../../../lib/countries';
import { formatEventDate } from '../../../lib/format-date';
import type { Mark } from '../../../lib/segments';
import { describeAnchor, describeEvidence } from '../lib/describe';

export interface EventDetailProps {
  event: TimelineEvent;
  documents: ReadonlyMap<string, BundledDocument>;
  /** Link (query string) that opens a document in the reader, and the handler that does it in place. */
  readerHref(docId: string): string;
  onOpenReader(docId: string): void;
  onClose(): void;
}

function sourceMarks(source: EventSource, event: TimelineEvent): Mark[] {
  const marks: Mark[] = [];
  if (source.evidence) marks.push({ start: source.evidence.start, end: source.evidence.end, kind: 'evidence', label: 'date expression' });
  if (event.trigger && source.docId === event.docId) marks.push({ start: event.trigger.start, end: event.trigger.end, kind: 'trigger', label: 'what happened' });
  return marks;
}

function Source({ source, event, doc, href, onOpen }: { source: EventSource; event: TimelineEvent; doc?: BundledDocument; href: string; onOpen(): void }) {
  return (
    <li className="space-y-2 rounded border border-line p-2" data-testid="source">
      <p className="text-xs text-muted">{doc?.title ?? source.docId}</p>
      <blockquote className="border-l-2 border-accent pl-2" data-testid="source-sentence">
        <Highlighted text={source.sentence} marks={sourceMarks(source, event)} offset={source.start} />
      </blockquote>
      {source.evidence && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted">Date words</dt>
          <dd>{describeEvidence(source.evidence.text, source.evidence.value)}</dd>
          <dt className="text-muted">Rule</dt>
          <dd>
            {source.evidence.resolution.reason} <code className="text-xs text-muted">{source.evidence.resolution.rule}</code>
          </dd>
          <dt className="text-muted">Anchor</dt>
          <dd>{describeAnchor(source.evidence.resolution.anchor)}</dd>
        </dl>
      )}
      <div>
        <p className="text-sm text-muted">Anchor comes from the story's publication context:</p>
        <PublicationContext context={source.context} />
      </div>
      <a
        className="link text-sm"
        href={href}
        onClick={(e) => {
          e.preventDefault();
          onOpen();
        }}
      >
        Read the full article
      </a>
    </li>
  );
}

export function EventDetail({ event, documents, readerHref, onOpenReader, onClose }: EventDetailProps) {
  return (
    <article aria-labelledby="detail-title" className="space-y-3" data-testid="event-detail">
      <div className="flex items-start gap-2">
        <h2 id="detail-title" className="flex-1 text-lg font-semibold" tabIndex={-1}>{event.title}</h2>
        <button type="button" className="btn" onClick={onClose} aria-label="Close event details">✕</button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">Date</dt>
        <dd data-testid="detail-date">
          {formatEventDate(event.date)} <code className="text-xs text-muted">{event.date.value}</code>
          {event.dating === 'reported' && <span className="block text-muted">No date of its own: placed at its story's publication.</span>}
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
        <dd data-testid="detail-actors">{event.actors.map((a) => a.name).join(', ') || '—'}</dd>
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
            <Source
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
