// The "Reported" lines of the detail panel: one per document (and publication context) that reported the event,
// earliest first, reports without a known date last.
import type { BundledDocument, EventSource, PublicationContext } from '../../../../pipeline/types';
import { publishedOn } from '../../../lib/reports';

export interface ReportLine {
  docId: string;
  title: string;
  context: PublicationContext;
  /** How many of the event's sentences come from this report. */
  sentences: number;
}

export function reportLines(sources: readonly EventSource[], documents: ReadonlyMap<string, BundledDocument>): ReportLine[] {
  const lines = new Map<string, ReportLine>();
  for (const s of sources) {
    const key = `${s.docId}\u0000${JSON.stringify([s.context.value, s.context.from, s.context.to, s.context.provenance])}`;
    const line = lines.get(key);
    if (line) line.sentences++;
    else lines.set(key, { docId: s.docId, title: documents.get(s.docId)?.title ?? s.docId, context: s.context, sentences: 1 });
  }
  const day = (l: ReportLine) => publishedOn(l.context) ?? '\uffff';
  return [...lines.values()].sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
}
