import { describe, expect, it } from 'vitest';
import { makeEvent, makeReported, MONTH } from '../testing/events';
import { eventRows } from './rows';

describe('eventRows(events, docsById)', () => {
  it('flattens date, dating, actor names, countries and the first source sentence', () => {
    const [row] = eventRows([makeEvent({ date: MONTH, countries: ['JP', 'KR'] })]);
    expect(row).toMatchObject({
      id: 'e000000000001', date: '2024-12', granularity: 'month', from: '2024-12-01', to: '2024-12-31',
      estimated: false, dating: 'happened', actors: ['Yoon Suk Yeol'], countries: ['JP', 'KR'],
      sentence: 'Parliament voted to impeach Yoon Suk Yeol last Saturday.',
    });
    expect(row!.datingNote).toMatch(/^Happened: dated by 'last Saturday'/);
  });

  it('writes the document title when known, else the document id', () => {
    const events = [makeEvent(), makeReported({ docId: 'doc-2' })];
    const rows = eventRows(events, new Map([['doc-1', { title: 'Yoon impeached' }]]));
    expect(rows.map((r) => r.sourceDocument)).toEqual(['Yoon impeached', 'doc-2']);
    expect(eventRows(events).map((r) => r.sourceDocument)).toEqual(['doc-1', 'doc-2']);
  });

  it('keeps the order of the events and copes with an event without sources', () => {
    const rows = eventRows([makeReported(), makeEvent({ sources: [] })]);
    expect(rows.map((r) => [r.dating, r.sentence])).toEqual([
      ['reported', 'Parliament voted to impeach Yoon Suk Yeol last Saturday.'],
      ['happened', ''],
    ]);
  });
});
