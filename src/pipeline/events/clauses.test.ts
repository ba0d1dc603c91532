import { describe, expect, it } from 'vitest';
import { clauses, regions } from './clauses';
import { quotedSpans } from './quotes';
import { findTriggers } from './triggers';

const cut = (text: string) =>
  regions(text, 0, text.length, findTriggers(text, 0, text.length, quotedSpans(text))).map((r) => ({
    text: text.slice(r.start, r.end).trim(),
    opener: r.opener,
    kinds: r.triggers.map((t) => t.rule.type),
  }));

describe('clauses', () => {
  it('opens a clause at a relative pronoun and keeps the word', () => {
    const text = 'His administration follows that of Yoon Suk Yeol, who was impeached in December after declaring martial law.';
    expect(clauses(text, 0, text.length).map((c) => [text.slice(c.start, c.end), c.opener])).toEqual([
      ['His administration follows that of Yoon Suk Yeol, ', null],
      ['who was impeached in December ', 'who'],
      ['after declaring martial law.', 'after'],
    ]);
  });
  it('gives a reporting verb its speaker ("…, the military said, …")', () => {
    const text = "North Korea fired a missile on Wednesday, South Korea's military said, hours before the summit.";
    expect(clauses(text, 0, text.length).map((c) => text.slice(c.start, c.end))).toEqual([
      'North Korea fired a missile on Wednesday,',
      " South Korea's military said, hours ",
      'before the summit.',
    ]);
  });
  it('does not open a clause inside a word ("whoever", "afterwards")', () => {
    const text = 'Afterwards whoever came met.';
    expect(clauses(text, 0, text.length)).toHaveLength(1);
  });
});

describe('regions', () => {
  it('separates two happenings joined by "after" and a nominal one joined by "over"', () => {
    expect(cut('Han held the phone conversation with Ishiba after Yoon was impeached last Saturday over his imposition of martial law on December 3.')).toEqual([
      { text: 'Han held the phone conversation with Ishiba', opener: null, kinds: ['call'] },
      { text: 'after Yoon was impeached last Saturday', opener: 'after', kinds: ['impeachment'] },
      { text: 'over his imposition of martial law on December 3.', opener: null, kinds: ['martial-law'] },
    ]);
  });
  it('folds diplomatic facets of one clause into one region', () => {
    expect(cut('Han held phone talks with Ishiba on Thursday and agreed to continue cooperation.')).toEqual([
      { text: 'Han held phone talks with Ishiba on Thursday and agreed to continue cooperation.', opener: null, kinds: ['call', 'agreement'] },
    ]);
  });
  it('gives nothing for a sentence without triggers', () => expect(cut('Relations improved after years of strain.')).toEqual([]));
});
