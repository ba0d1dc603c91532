// Test support: the event ids a downloaded export holds, parsed back format by format.
import type { ExportFormat } from '../lib/formats';
import { parseCsv, parseIcsEvents } from './parse';

export const EXPORTED_IDS: Record<ExportFormat['id'], (content: string) => string[]> = {
  csv: (content) => parseCsv(content).slice(1).map((record) => record[0]!),
  ics: (content) => parseIcsEvents(content).map((event) => event.get('UID')!.replace(/@dateline$/, '')),
  timelinejs: (content) => (JSON.parse(content) as { events: { unique_id: string }[] }).events.map((e) => e.unique_id),
};
