import { describe, expect, it } from 'vitest';
import { inside, quotedSpans } from './quotes';

describe('quotedSpans', () => {
  it('finds curly and straight quotes with their marks', () => {
    const text = 'He said “we agree” and then "no".';
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['“we agree”', '"no"']);
  });
  it('treats ’ between letters as an apostrophe, not a closing mark', () => {
    const text = "calling the move a ‘direct’ intervention in Japan’s view";
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['‘direct’']);
  });
  it('quotes nothing when a mark is never closed', () => expect(quotedSpans('the ‘coali...')).toEqual([]));
  it('inside tells whether an offset falls in a quote', () => {
    const spans = quotedSpans('a "b" c');
    expect([inside(spans, 3), inside(spans, 6)]).toEqual([true, false]);
  });
});
