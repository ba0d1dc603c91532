// The export formats the menu offers: label, file, MIME type and builder, described once (the e2e test reads it too).
import type { TimelineEvent } from '../../../../pipeline/types';
import { toCsv } from './csv';
import { toICalendar } from './icalendar';
import type { DocsById } from './rows';
import { toTimelineJs } from './timelinejs';

export interface ExportContext {
  /** When the data was generated (from the bundle, never the wall clock); the iCalendar DTSTAMP. */
  generatedAt: string;
  /** Documents by id, so every format names the source document by its title. */
  docsById?: DocsById;
}

export interface ExportFormat {
  id: 'csv' | 'ics' | 'timelinejs';
  /** The button's text and accessible name. */
  label: string;
  filename: string;
  mime: string;
  build: (events: readonly TimelineEvent[], context: ExportContext) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'csv', label: 'Download CSV', filename: 'dateline-events.csv', mime: 'text/csv;charset=utf-8',
    build: (events, { docsById }) => toCsv(events, docsById),
  },
  {
    id: 'ics', label: 'Download iCalendar', filename: 'dateline-events.ics', mime: 'text/calendar;charset=utf-8',
    build: (events, { generatedAt, docsById }) => toICalendar(events, generatedAt, docsById),
  },
  {
    id: 'timelinejs', label: 'Download TimelineJS', filename: 'dateline-events-timelinejs.json',
    mime: 'application/json;charset=utf-8',
    build: (events, { docsById }) => JSON.stringify(toTimelineJs(events, 'Dateline timeline', docsById), null, 2),
  },
];
