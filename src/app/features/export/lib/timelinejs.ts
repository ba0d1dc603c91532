// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a title slide and one slide per event.
import type { Granularity, IsoDate, TimelineEvent } from '../../../../pipeline/types';
import { DATING_LABELS } from './dating';
import { type DocsById, eventRows } from './rows';

export interface TlDate { year: number; month?: number; day?: number }
export interface TlText { headline: string; text: string }
export interface TlSlide { start_date: TlDate; end_date?: TlDate; text: TlText; group: string; unique_id: string }
export interface TlTimeline { title: { text: TlText }; events: TlSlide[] }

type Precision = 'year' | 'month' | 'day';

/** How precisely each granularity is written; a span wider than that precision gets an end_date. */
const PRECISION: Record<Granularity, Precision> = {
  millennium: 'year', century: 'year', decade: 'year', year: 'year',
  half: 'month', quarter: 'month', season: 'month', month: 'month',
  week: 'day', day: 'day', time: 'day', unknown: 'day',
};

function tlDate(day: IsoDate, precision: Precision): TlDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  return precision === 'month' ? { year, month } : { year, month, day: date };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** TimelineJS renders headline and text as HTML: our text is plain, so every markup character is escaped. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

const paragraphs = (...texts: string[]) => texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('');

export function toTimelineJs(events: readonly TimelineEvent[], title: string, docsById?: DocsById): TlTimeline {
  const slides = eventRows(events, docsById).map((row): TlSlide => {
    const precision = PRECISION[row.granularity];
    const start = tlDate(row.from, precision);
    const end = tlDate(row.to, precision);
    return {
      start_date: start,
      ...(JSON.stringify(end) === JSON.stringify(start) ? {} : { end_date: end }),
      text: { headline: escapeHtml(row.title), text: paragraphs(row.sentence, row.datingNote, `Source: ${row.sourceDocument}`) },
      group: DATING_LABELS[row.dating],
      unique_id: row.id,
    };
  });
  const count = `${events.length} ${events.length === 1 ? 'event' : 'events'} exported from Dateline.`;
  return { title: { text: { headline: escapeHtml(title), text: paragraphs(count) } }, events: slides };
}
