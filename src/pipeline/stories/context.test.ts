import { describe, expect, it } from 'vitest';
import type { PublicationContext } from '../types';
import { segmentPage } from './index';

// The order of trust for a story's context: stated on the page → curated → estimated → unknown.

const curated = (value: string, note = 'curated'): PublicationContext => ({ value, from: value, to: value, provenance: 'curated', note });
const page = [
  'Leaders agree to extend ceasefire',
  'Published 12 March 2025',
  'The leaders agreed on Tuesday to extend the ceasefire by 30 days, diplomats said.',
  'Read next',
  'Flight attendants at the national carrier walked out on Tuesday over pay.',
  'President-elect Donald Trump named a new envoy on Friday, aides said.',
].join('\n');
const story = (r: ReturnType<typeof segmentPage>, needle: string) => r.blocks.find((b) => b.start <= page.indexOf(needle) && page.indexOf(needle) < b.end)!.context;

describe('publication context, in order of trust', () => {
  it('a date stated on the page wins over a supplied one', () => {
    const r = segmentPage({ docId: 't', text: page, supplied: curated('2025-03-13') });
    expect(r.dct).toMatchObject({ value: '2025-03-12', provenance: 'stated', note: "stated on the page: 'Published 12 March 2025'" });
  });
  it('a curated context for a teaser (input.curatedStories) wins over estimation', () => {
    const r = segmentPage({ docId: 't', text: page, supplied: null, curatedStories: [{ startsWith: 'Flight attendants at', context: curated('2025-02-04', 'from the airline') }] });
    expect(story(r, 'Flight attendants')).toMatchObject({ value: '2025-02-04', provenance: 'curated', note: 'from the airline' });
    expect(story(r, 'President-elect')).toMatchObject({ provenance: 'estimated', to: '2025-01-20' });
  });
  it('an estimated context names its clues, their windows and a confidence', () => {
    const ctx = story(segmentPage({ docId: 't', text: page, supplied: null }), 'President-elect');
    expect(ctx.clues).toEqual([expect.objectContaining({ kind: 'role', text: 'President-elect Donald Trump', rule: 'role.title', start: page.indexOf('President-elect') })]);
    expect(ctx.note).toMatch(/^estimated 2016-11-09 to 2025-01-20 from role 'President-elect Donald Trump'/);
    expect(ctx.confidence).toBeGreaterThan(0);
    expect(ctx.confidence).toBeLessThanOrEqual(1);
  });
  it('with nothing stated, supplied or inferable the page is unknown and nothing is resolved against a guess', () => {
    const r = segmentPage({ docId: 't', text: 'Officials met on Tuesday.\nThey agreed to meet again.', supplied: null });
    expect(r.dct).toMatchObject({ value: null, from: null, to: null, provenance: 'unknown' });
    expect(r.blocks.every((b) => b.context.provenance === 'unknown')).toBe(true);
  });
  it('a teaser never inherits the main story’s day as its own', () => {
    const r = segmentPage({ docId: 't', text: page, supplied: null });
    const teaser = story(r, 'Flight attendants');
    expect(teaser.value).toBeNull();
    expect(teaser.from).not.toBe(teaser.to);
  });
});

describe('a year-less wire dateline', () => {
  const wire = 'SEOUL, Dec. 19 (Yonhap) -- Acting President Han Duck-soo held phone talks with Japan on Thursday.';
  it('narrows the estimate to the one matching day in the window', () => {
    const { dct } = segmentPage({ docId: 't', text: wire, supplied: null });
    expect(dct).toMatchObject({ value: '2024-12-19', from: '2024-12-19', to: '2024-12-19', provenance: 'estimated' });
    expect(dct.clues?.map((c) => c.kind)).toEqual(['role', 'stated-date']);
  });
  it('negative cases: no window, or a window holding the day in two years, leaves it open', () => {
    expect(segmentPage({ docId: 't', text: 'SEOUL, Dec. 19 (Yonhap) -- Officials met on Thursday.', supplied: null }).dct.provenance).toBe('unknown');
    const twoYears = 'SEOUL, Dec. 19 (Yonhap) -- President Lee Jae-myung said on Thursday that talks would go on.';
    expect(segmentPage({ docId: 't', text: twoYears, supplied: null }).dct.value).toBeNull();
  });
});
