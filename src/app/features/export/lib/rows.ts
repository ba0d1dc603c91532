// One flat row per event: what every export format writes, so the formats never read TimelineEvent differently.
import type { BundledDocument, Granularity, IsoDate, TimelineEvent } from '../../../../pipeline/types';
import { datingNote } from './dating';

/** Documents by id, for the source document's title (optional: without it the document id is written). */
export type DocsById = ReadonlyMap<string, Pick<BundledDocument, 'title'>>;

export interface EventRow {
  id: string;
  title: string;
  /** TIMEX3 value of the date (2024-12-14, 2024-12, 2025-W02, …). */
  date: string;
  granularity: Granularity;
  from: IsoDate;
  to: IsoDate;
  estimated: boolean;
  dating: TimelineEvent['dating'];
  /** Plain words: what dates the event ("dated by 'last Saturday' → …") or where it was placed. */
  datingNote: string;
  actors: string[];
  countries: string[];
  sourceDocument: string;
  /** The sentence of the first source that states the event. */
  sentence: string;
}

export function eventRows(events: readonly TimelineEvent[], docsById?: DocsById): EventRow[] {
  return events.map((e) => ({
    id: e.id,
    title: e.title,
    date: e.date.value,
    granularity: e.date.granularity,
    from: e.date.from,
    to: e.date.to,
    estimated: e.date.estimated,
    dating: e.dating,
    datingNote: datingNote(e),
    actors: e.actors.map((a) => a.name),
    countries: [...e.countries],
    sourceDocument: docsById?.get(e.docId)?.title ?? e.docId,
    sentence: e.sources[0]?.sentence ?? '',
  }));
}
