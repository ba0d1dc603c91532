import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TITLES, hostileText, makeEvent, makeReported, MONTH, QUARTER, WEEK } from '../testing/events';
import { type TlTimeline, toTimelineJs } from './timelinejs';

const parseBack = (events: Parameters<typeof toTimelineJs>[0], title = 'Dateline') =>
  JSON.parse(JSON.stringify(toTimelineJs(events, title))) as TlTimeline;

/** Text of the <p> paragraphs with entities decoded; throws on any other markup. */
function plain(html: string): string[] {
  const parts = html.match(/<p>([^<>]*)<\/p>/g) ?? [];
  expect(parts.join('')).toBe(html);
  return parts.map((p) => decode(p.slice(3, -4)));
}
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => {
  expect(text).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
};

describe('toTimelineJs(events, title)', () => {
  it('writes a title slide and one slide per event with id, group and text', () => {
    const tl = parseBack([makeEvent(), makeReported()], 'Korea & Japan');
    expect(tl.title.text.headline).toBe('Korea &amp; Japan');
    expect(plain(tl.title.text.text)).toEqual(['2 events exported from Dateline.']);
    expect(tl.events.map((e) => [e.unique_id, e.group])).toEqual([['e000000000001', 'Happened'], ['e000000000002', 'Reported']]);
    const [sentence, note, source] = plain(tl.events[0]!.text.text);
    expect(sentence).toBe('Parliament voted to impeach Yoon Suk Yeol last Saturday.');
    expect(note).toMatch(/^Happened: dated by 'last Saturday' → 2024-12-14/);
    expect(source).toBe('Source: doc-1');
  });

  it('writes a day as year, month and day, with no end_date', () => {
    const [slide] = parseBack([makeEvent()]).events;
    expect(slide!.start_date).toEqual({ year: 2024, month: 12, day: 14 });
    expect(slide).not.toHaveProperty('end_date');
  });

  it('writes a month as year and month only', () => {
    const [slide] = parseBack([makeEvent({ date: MONTH })]).events;
    expect(slide!.start_date).toEqual({ year: 2024, month: 12 });
    expect(slide).not.toHaveProperty('end_date');
  });

  it('gives ranges an end_date at the precision of the granularity', () => {
    const year = { value: '1910', granularity: 'year' as const, from: '1910-01-01', to: '1910-12-31', estimated: false };
    const decade = { value: '199', granularity: 'decade' as const, from: '1990-01-01', to: '1999-12-31', estimated: false };
    const slides = parseBack([WEEK, QUARTER, year, decade].map((date) => makeEvent({ date }))).events;
    expect(slides.map((s) => [s.start_date, s.end_date])).toEqual([
      [{ year: 2025, month: 1, day: 6 }, { year: 2025, month: 1, day: 12 }],
      [{ year: 2025, month: 1 }, { year: 2025, month: 3 }],
      [{ year: 1910 }, undefined],
      [{ year: 1990 }, { year: 1999 }],
    ]);
  });

  it('escapes markup in hostile titles and sentences so they read back as plain text', () => {
    const tl = parseBack(HOSTILE_TITLES.map((title, i) => makeEvent({ id: `e${i}`, title, sentence: title })));
    tl.events.forEach((slide, i) => {
      expect(decode(slide.text.headline)).toBe(HOSTILE_TITLES[i]);
      expect(plain(slide.text.text)[0]).toBe(HOSTILE_TITLES[i]);
    });
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const [slide] = parseBack([makeEvent({ title: text, sentence: text })]).events;
        expect([decode(slide!.text.headline), plain(slide!.text.text)[0]]).toEqual([text, text]);
      }),
      { seed: 20241219 },
    );
  });

  it('says "1 event" for one event', () => {
    expect(plain(parseBack([makeEvent()]).title.text.text)).toEqual(['1 event exported from Dateline.']);
  });
});
