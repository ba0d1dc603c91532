// One report of an event: its sentence with the date words (and the trigger) highlighted, how the date was resolved
// and against what, the publication context behind the anchor, and a link to the full article.
import type { BundledDocument, EventSource, TimelineEvent } from '../../../../pipeline/types';
import { Highlighted } from '../../../components/Highlighted';
import { PublicationContext } from '../../../components/PublicationContext';
import type { Mark } from '../../../lib/segments';
import { describeAnchor, describeEvidence } from '../lib/describe';

function sourceMarks(source: EventSource, event: TimelineEvent): Mark[] {
  const marks: Mark[] = [];
  if (source.evidence) marks.push({ start: source.evidence.start, end: source.evidence.end, kind: 'evidence', label: 'date expression' });
  if (event.trigger && source.docId === event.docId) marks.push({ start: event.trigger.start, end: event.trigger.end, kind: 'trigger', label: 'what happened' });
  return marks;
}

export function SourceCard({ source, event, doc, href, onOpen }: { source: EventSource; event: TimelineEvent; doc?: BundledDocument; href: string; onOpen(): void }) {
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
