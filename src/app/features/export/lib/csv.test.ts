import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../testing/parse';
import { HOSTILE_TITLES, hostileText, makeEvent, makeReported, MONTH, QUARTER } from '../testing/events';
import { CSV_HEADER, toCsv } from './csv';
import { eventRows } from './rows';

/** What a reader gets back: the cell without the guard apostrophe. */
const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

function roundTrip(events: Parameters<typeof toCsv>[0]) {
  const [header, ...records] = parseCsv(toCsv(events));
  expect(header).toEqual(CSV_HEADER);
  return records.map((r) => Object.fromEntries(r.map((cell, i) => [CSV_HEADER[i], unguard(cell)])));
}

describe('toCsv(events, docsById)', () => {
  it('writes the header and one row per event that parses back to the same fields', () => {
    const events = [makeEvent({ date: MONTH, countries: ['JP', 'KR'] }), makeReported({ date: QUARTER })];
    const back = roundTrip(events);
    expect(back).toHaveLength(2);
    eventRows(events).forEach((row, i) => {
      expect(back[i]).toEqual({
        id: row.id, title: row.title, date: row.date, granularity: row.granularity, from: row.from, to: row.to,
        estimated: String(row.estimated), dating: row.dating, actors: row.actors.join('; '),
        countries: row.countries.join('; '), source_document: row.sourceDocument, sentence: row.sentence,
      });
    });
    expect(back.map((r) => r.countries)).toEqual(['JP; KR', 'KR']);
  });

  it('uses CRLF line ends and quotes only fields that need it', () => {
    const csv = toCsv([makeEvent({ title: 'Plain title' })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    expect(csv).toContain(',Plain title,');
    expect(toCsv([makeEvent({ title: 'a, "b"' })])).toContain(',"a, ""b""",');
  });

  it('neutralises formula injection with a leading apostrophe', () => {
    const csv = toCsv(['=HYPERLINK("http://x","y")', '@SUM(1)', '+1', '-2'].map((title) => makeEvent({ title })));
    const titles = parseCsv(csv).slice(1).map((r) => r[1]);
    expect(titles).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(1)", "'+1", "'-2"]);
  });

  it("doubles a leading apostrophe so the guard is never ambiguous", () => {
    const [, record] = parseCsv(toCsv([makeEvent({ title: "'=1", sentence: "'tis" })]));
    expect([record![1], record![11]]).toEqual(["''=1", "''tis"]);
  });

  it('does not touch cells that merely contain formula characters', () => {
    const [, record] = parseCsv(toCsv([makeEvent({ title: 'a=b+c-d@e' })]));
    expect(record![1]).toBe('a=b+c-d@e');
  });

  it('round-trips hostile titles and sentences, and no parsed cell starts a formula', () => {
    const events = HOSTILE_TITLES.map((title, i) => makeEvent({ id: `e${i}`, title, sentence: title }));
    const back = roundTrip(events);
    expect(back.map((r) => [r.title, r.sentence])).toEqual(HOSTILE_TITLES.map((t) => [t, t]));
    for (const record of parseCsv(toCsv(events))) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, sentence) => {
        const [back] = roundTrip([makeEvent({ title, sentence })]);
        expect([back!.title, back!.sentence]).toEqual([title, sentence]);
      }),
      { seed: 20241219 },
    );
  });

  it('writes only the header for no events', () => {
    expect(toCsv([])).toBe(CSV_HEADER.join(',') + '\r\n');
  });
});
