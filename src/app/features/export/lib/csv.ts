// RFC 4180 CSV of the events, one row per event, safe to open in a spreadsheet.
import type { TimelineEvent } from '../../../../pipeline/types';
import { type DocsById, type EventRow, eventRows } from './rows';

/** Header name → cell; the order is the column order. Lists are joined with '; '. */
const COLUMNS: readonly (readonly [string, (row: EventRow) => string])[] = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['date', (r) => r.date],
  ['granularity', (r) => r.granularity],
  ['from', (r) => r.from],
  ['to', (r) => r.to],
  ['estimated', (r) => String(r.estimated)],
  ['dating', (r) => r.dating],
  ['actors', (r) => r.actors.join('; ')],
  ['countries', (r) => r.countries.join('; ')],
  ['source_document', (r) => r.sourceDocument],
  ['sentence', (r) => r.sentence],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

/**
 * Cells a spreadsheet would run as a formula (OWASP CSV injection) get a leading apostrophe; so do cells that start
 * with one already, so a reader can always drop exactly one leading apostrophe to get the text back.
 */
const GUARDED_START = /^[=+\-@\t\r']/;

function cell(value: string): string {
  const safe = GUARDED_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Header row then one row per event; CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF. */
export function toCsv(events: readonly TimelineEvent[], docsById?: DocsById): string {
  const rows = eventRows(events, docsById).map((row) => COLUMNS.map(([, get]) => get(row)));
  return [CSV_HEADER, ...rows].map((fields) => fields.map(cell).join(',')).join('\r\n') + '\r\n';
}
