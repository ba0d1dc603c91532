// Test support: TimelineEvents built by hand (happened and reported, day/month/range dates, hostile text).
import fc from 'fast-check';
import type { EventDate, PublicationContext, TimelineEvent } from '../../../../pipeline/types';

const PUBLISHED: PublicationContext = {
  value: '2024-12-19', from: '2024-12-19', to: '2024-12-19', provenance: 'stated', note: "stated: 'Update: 2024-12-19'",
};

const DAY: EventDate = { value: '2024-12-14', granularity: 'day', from: '2024-12-14', to: '2024-12-14', estimated: false };

/** An event dated by "last Saturday" in doc-1, with `overrides` applied (pass `sentence` to change its text). */
export function makeEvent(overrides: Partial<TimelineEvent> & { sentence?: string } = {}): TimelineEvent {
  const { sentence = 'Parliament voted to impeach Yoon Suk Yeol last Saturday.', ...rest } = overrides;
  const evidence = {
    text: 'last Saturday', start: 42, end: 55, value: '2024-12-14',
    resolution: {
      rule: 'date.last-weekday', reason: "'last Saturday' → the Saturday before Thu 19 Dec 2024 → 14 Dec 2024",
      anchor: { value: '2024-12-19', source: 'publication' as const, provenance: 'stated' as const }, estimated: false,
    },
  };
  return {
    id: 'e000000000001', title: 'Parliament voted to impeach Yoon Suk Yeol', date: DAY, dating: 'happened',
    actors: [{ id: 'Q21001', name: 'Yoon Suk Yeol' }], countries: ['KR'], docId: 'doc-1', start: 0, end: sentence.length,
    sources: [{ docId: 'doc-1', start: 0, end: sentence.length, sentence, evidence, context: PUBLISHED }],
    rule: 'event.sentence-with-date-and-actor', reason: "dated by 'last Saturday'",
    ...rest,
  };
}

/** An event with no date of its own, placed at its story's publication day. */
export function makeReported(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  const base = makeEvent({ id: 'e000000000002', dating: 'reported', ...overrides });
  const date = { value: '2024-12-19', granularity: 'day' as const, from: '2024-12-19', to: '2024-12-19', estimated: false };
  return { ...base, date: overrides.date ?? date, sources: base.sources.map((s) => ({ ...s, evidence: null })) };
}

export const MONTH: EventDate = { value: '2024-12', granularity: 'month', from: '2024-12-01', to: '2024-12-31', estimated: false };
export const WEEK: EventDate = { value: '2025-W02', granularity: 'week', from: '2025-01-06', to: '2025-01-12', estimated: true };
export const QUARTER: EventDate = { value: '2025-Q1', granularity: 'quarter', from: '2025-01-01', to: '2025-03-31', estimated: false };

/** Titles that try formula injection, markup, escapes and folding. */
export const HOSTILE_TITLES = [
  '=HYPERLINK("http://evil.example","click")', '@SUM(1)', '+1', '-2', '\t=1', '\r=1',
  'a, "quoted"; b\\c', 'line one\nline two\r\nline three', '<script>alert("x")</script> & \'q\'',
  '🇰🇷 Yoon 👨‍👩‍👧 ' + 'é'.repeat(80), 'قمة الرياض في ١٤ ديسمبر', 'x'.repeat(200),
];

/** Random text rich in characters the formats must escape (quotes, separators, line breaks, markup, emoji, RTL). */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', "'", ',', ';', '\\', '<', '&', 'é', '😀', '\u202e', 'ab', ' '), { maxLength: 60 })
    .map((parts) => parts.join('')),
);
