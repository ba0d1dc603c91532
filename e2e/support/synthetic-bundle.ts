// A deterministic synthetic bundle for UI tests that need many events or exact shapes (hostile text, ranges,
// estimated dates, aliases) independent of what the pipeline currently extracts.
import type { BundledDocument, CorpusBundle, PublicationContext, TimelineEvent } from '../../src/pipeline/types';

const PEOPLE = [
  ['Q1', 'Shigeru Ishiba', 'JP'],
  ['Q2', 'Han Duck-soo', 'KR'],
  ['Q3', 'Lee Jae-myung', 'KR'],
  ['Q4', 'Joe Biden', 'US'],
  ['Q5', 'Mark Carney', 'CA'],
] as const;
const VERBS = ['meets', 'holds phone talks with', 'visits', 'signs an agreement with', 'issues a statement on'];

const stated: PublicationContext = { value: '2024-12-19', from: '2024-12-19', to: '2024-12-19', provenance: 'stated', note: 'The page states "Update: 2024-12-19 08:21 GMT".' };
const estimated: PublicationContext = {
  value: null, from: '2025-06-04', to: '2025-08-15', provenance: 'estimated', note: 'Window from roles named in the text.', confidence: 0.7,
  clues: [{ kind: 'role', text: 'President Lee', start: 0, end: 13, from: '2025-06-04', to: null, reason: 'Lee Jae-myung is president from 2025-06-04', rule: 'clue.role' }],
};

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function syntheticBundle(count: number, opts: { hostile?: string } = {}): CorpusBundle {
  const documents: BundledDocument[] = [];
  const events: TimelineEvent[] = [];
  const start = Date.UTC(2024, 9, 1);
  for (let i = 0; i < count; i++) {
    const a = PEOPLE[i % PEOPLE.length]!;
    const b = PEOPLE[(i * 3 + 1) % PEOPLE.length]!;
    const title = opts.hostile && i === 0 ? opts.hostile : `${a[1]} ${VERBS[i % VERBS.length]} ${b[1]}`;
    const when = 'on Thursday';
    const sentence = `${title} ${when}, officials said.`;
    const text = `${title}\n\n${sentence}\n`;
    const docId = `doc-${i}`;
    const sStart = title.length + 2;
    const tStart = sStart + title.length + 1;
    const day = iso(start + ((i * 7919) % 540) * 86_400_000);
    const kind = i % 9 === 4 ? 'month' : i % 11 === 6 ? 'estimated' : 'day';
    const date =
      kind === 'month'
        ? { value: day.slice(0, 7), granularity: 'month' as const, from: `${day.slice(0, 7)}-01`, to: iso(Date.UTC(+day.slice(0, 4), +day.slice(5, 7), 0)), estimated: false }
        : kind === 'estimated'
          ? { value: day, granularity: 'day' as const, from: day, to: iso(Date.parse(day) + 6 * 86_400_000), estimated: true }
          : { value: day, granularity: 'day' as const, from: day, to: day, estimated: false };
    const context = kind === 'estimated' ? estimated : stated;
    const resolution = { rule: 'weekday.past', reason: `'Thursday' → the Thursday of the publication week → ${day}`, anchor: { value: '2024-12-19', source: 'publication' as const, provenance: context.provenance }, estimated: kind === 'estimated' };
    documents.push({
      id: docId, title: `Article ${i}: ${title}`, source: `synthetic-${i}.txt`, text, dct: context,
      blocks: [{ start: 0, end: text.length, kind: 'main', role: 'body', story: 0, context, rule: 'test', reason: 'synthetic' }],
      timexes: [{ text: when.slice(3), start: tStart + 3, end: tStart + when.length, type: 'DATE', value: day, resolution }],
      mentions: [
        { start: sStart, end: sStart + a[1].length, text: a[1], kind: 'person', actorId: a[0], name: a[1], country: a[2], role: null, rule: 'test', reason: 'synthetic' },
      ],
    });
    events.push({
      id: `ev-${String(i).padStart(6, '0')}`, title, date, dating: 'happened',
      actors: a[0] === b[0] ? [{ id: a[0], name: a[1] }] : [{ id: a[0], name: a[1] }, { id: b[0], name: b[1] }],
      countries: [...new Set([a[2], b[2]])].sort(), docId, start: sStart, end: sStart + sentence.length,
      sources: [{ docId, start: sStart, end: sStart + sentence.length, sentence, context, evidence: { text: when.slice(3), start: tStart + 3, end: tStart + when.length, value: day, resolution } }],
      rule: 'event.synthetic', reason: 'synthetic event for UI tests',
    });
  }
  events.sort((x, y) => x.date.from.localeCompare(y.date.from) || x.id.localeCompare(y.id));
  return { version: `synthetic-${count}`, documents, events, aliases: { 'ev-merged-away': events[0]?.id ?? '' } };
}
