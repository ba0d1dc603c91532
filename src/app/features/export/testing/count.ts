// Test support: how many events a downloaded export holds, parsed back format by format.
import type { ExportFormat } from '../lib/formats';
import { parseCsv, parseIcsEvents } from './parse';

export const COUNT_EVENTS: Record<ExportFormat['id'], (content: string) => number> = {
  csv: (content) => parseCsv(content).length - 1,
  ics: (content) => parseIcsEvents(content).length,
  timelinejs: (content) => (JSON.parse(content) as { events: unknown[] }).events.length,
};
