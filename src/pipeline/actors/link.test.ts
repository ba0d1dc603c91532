import { describe, expect, it } from 'vitest';
import { people } from './gazetteer';
import { lexicon } from './lexicon';
import { decide, type Story } from './link';
import { parsePhrases } from './phrases';

const person = (name: string) => people.find((p) => p.name === name)!;
const story = (named: string[] = [], linked: string[] = []): Story => ({ named: new Set(named.map(person)), linked: new Set(linked.map(person)) });
const day = (d: string) => ({ from: d, to: d });
/** The decision on the first phrase of the given kind in `text`. */
const first = (text: string, kind: string, s: Story, d: string) => {
  const p = parsePhrases(text, lexicon.scan(text)).find((x) => x.kind === kind)!;
  const r = decide(p, s, day(d));
  return r && [r.kind, r.kind === 'linked' ? r.person.name : r.kind === 'country' ? r.country.code : r.role, r.rule];
};

describe('decide', () => {
  it('country words stand for their country', () => {
    expect(first('Pyongyang said', 'country', story(), '2024-12-19')).toEqual(['country', 'KP', 'country.capital']);
  });

  it('an office links only when its holder is named in the story', () => {
    const text = 'Japan’s foreign minister came';
    expect(first(text, 'office', story(['Takeshi Iwaya']), '2025-01-13')).toEqual(['linked', 'Takeshi Iwaya', 'person.office-corroborated']);
    expect(first(text, 'office', story(), '2025-01-13')).toEqual(['unlinked', 'foreign minister', 'person.office-unlinked']);
    // named, but not in office at that date
    expect(first(text, 'office', story(['Takeshi Iwaya']), '2023-01-13')).toEqual(['unlinked', 'foreign minister', 'person.office-unlinked']);
  });

  it('a title alone points back to the last person linked who held it then', () => {
    const s = story([], ['Shigeru Ishiba', 'Han Duck-soo']);
    expect(first('the prime minister said', 'anaphor', s, '2024-12-19')).toEqual(['linked', 'Han Duck-soo', 'person.title-anaphor']);
    // suspended as prime minister from 2024-12-27, so a month later "the prime minister" is Ishiba
    expect(first('the prime minister said', 'anaphor', s, '2025-01-13')).toEqual(['linked', 'Shigeru Ishiba', 'person.title-anaphor']);
    expect(first('the chancellor said', 'anaphor', s, '2024-12-19')).toBeNull();
  });

  it('a full name after a title that does not fit the date still links, flagged', () => {
    expect(first('Prime Minister Lee Jae-myung', 'person', story(), '2025-06-17')).toEqual(['linked', 'Lee Jae-myung', 'person.title-name-unconfirmed']);
  });
});
