import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon';
import { GAPS, parsePhrases, type Phrase } from './phrases';

const show = (p: Phrase): string => {
  switch (p.kind) {
    case 'country': return `country ${p.span.text}`;
    case 'person': return `person ${p.span.text}${p.qualifiers.length ? ` [${p.qualifiers.map((q) => q.text).join('+')}]` : ''}`;
    case 'office': return `office ${p.span.text} of ${p.country.text}`;
    case 'anaphor': return `anaphor ${p.span.text}`;
    case 'unknown': return `unknown ${p.span.text} (${p.role}${p.country ? `, ${p.country.text}` : ''})`;
  }
};
const parse = (text: string, kinds: Phrase['kind'][] = ['person', 'office', 'anaphor', 'unknown']) =>
  parsePhrases(text, lexicon.scan(text)).filter((p) => kinds.includes(p.kind)).map(show);

describe('parsePhrases', () => {
  it('joins country words and a title to the name after them', () => {
    expect(parse('South Korean President Lee Jae-myung and Japan’s Prime Minister Ishiba')).toEqual([
      'person President Lee Jae-myung [South Korean]', 'person Prime Minister Ishiba [Japan]',
    ]);
  });

  it('reads offices without a name, one per country', () => {
    expect(parse('Foreign ministers from South Korea and Japan met')).toEqual(['office Foreign ministers of South Korea', 'office Foreign ministers of Japan']);
    expect(parse('South Korean and Japanese foreign ministers met')).toEqual(['office foreign ministers of South Korean', 'office foreign ministers of Japanese']);
    expect(parse('Russia’s visiting Defence Minister spoke; Japan PM agreed')).toEqual(['office Defence Minister of Russia', 'office PM of Japan']);
  });

  it('reads "former" before the country words as the former office', () => {
    const text = 'Shigeru Ishiba, a former Japanese prime minister, spoke';
    const office = parsePhrases(text, lexicon.scan(text)).find((p) => p.kind === 'office');
    expect(office?.kind === 'office' && office.title.role.id).toBe('former-prime-minister');
  });

  it('reads "the <title>" as pointing back, but not a plural or a qualified title', () => {
    expect(parse('the president said')).toEqual(['anaphor president']);
    expect(parse('the leaders said; a president said')).toEqual([]);
  });

  it('recognises unknown names after a title or a role cue', () => {
    expect(parse('US Treasury Secretary Janet Q. Doe said')).toEqual(['unknown Janet Q. Doe (finance minister, US)']);
    expect(parse("Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, said")).toEqual(['unknown Kyrylo Budanov (military intelligence chief, Ukraine)']);
  });

  it('keeps bare surnames, but not inside a longer name (negative cases)', () => {
    expect(parse('Ishiba said. Hunter Biden and Lee Jun-seok spoke. Mr. Biden left.')).toEqual(['person Ishiba', 'person Biden']);
    expect(parse('the chief said that the minister, who left, spoke')).toEqual([]);
  });

  it('keeps capitals out of role qualifiers', () => {
    expect(parse('Seoul foreign minister')).toEqual([]);
    expect(parse('Seoul said', ['country'])).toEqual(['country Seoul']);
  });
});

describe('GAPS', () => {
  it.each([
    ['qualifier', '’s visiting ', true],
    ['qualifier', ' ', true],
    ['qualifier', ' said the ', false],
    ['list', ', and the ', true],
    ['list', ' or ', false],
    ['countries', ' from ', true],
    ['countries', ' in ', false],
  ] as const)('%s matches %j: %s', (gap, text, ok) => expect(GAPS[gap].test(text)).toBe(ok));
});
