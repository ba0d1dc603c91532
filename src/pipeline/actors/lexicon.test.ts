import { describe, expect, it } from 'vitest';
import { people } from './gazetteer';
import { Lexicon, lexicon } from './lexicon';

const kinds = (text: string) => lexicon.scan(text).map((h) => `${h.kind}:${h.text}`);

describe('lexicon.scan', () => {
  it('prefers the longest form at each word start', () => {
    expect(kinds('North Korean soldiers and North Korea')).toEqual(['country:North Korean', 'country:North Korea']);
    expect(kinds('President Lee Jae Myung met Lee')).toEqual(['title:President', 'name:Lee Jae Myung', 'surname:Lee']);
  });

  it('keeps offsets on the original text, curly apostrophes included', () => {
    const text = 'Japan’s Foreign Minister spoke.';
    const hits = lexicon.scan(text);
    expect(hits.map((h) => [h.start, h.end, text.slice(h.start, h.end)])).toEqual([
      [0, 5, 'Japan'],
      [8, 24, 'Foreign Minister'],
    ]);
  });

  it('matches titles in any case but names, countries and acronyms only as written', () => {
    expect(kinds('the prime minister met the PM')).toEqual(['title:prime minister', 'title:PM']);
    expect(kinds('at 3 pm the us team and china')).toEqual([]);
  });

  it('matches plural titles', () => {
    const hit = lexicon.scan('Foreign ministers from Japan')[0];
    expect(hit).toMatchObject({ kind: 'title', plural: true, text: 'Foreign ministers' });
  });

  it('gathers every person sharing a surname', () => {
    const hit = lexicon.scan('Lee')[0];
    expect(hit?.kind === 'surname' && hit.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Lee Jae-myung', 'Lee Myung-bak']));
  });

  it('never matches inside a word or a longer non-country phrase (negative cases)', () => {
    expect(kinds('Leeds, Hanoverian, Korean Peninsula')).toEqual([]);
    expect(kinds('in the South China Sea')).toEqual(['not-country:South China Sea']);
    expect(kinds('Koreans and Korea')).toEqual([]);
  });
});

describe('Lexicon.add', () => {
  it('throws when one spelling would name two people', () => {
    const lex = new Lexicon();
    lex.add('A B', { kind: 'name', person: people[0]! });
    expect(() => lex.add('A B', { kind: 'name', person: people[1]! })).toThrow(/"A B" would name both person/);
  });
});
