import { describe, expect, it } from 'vitest';
import type { Block } from '../types';
import { matchActors } from '.';
import { context, countryCodes, dateTimex, match, personLinks } from './testing';

const dec2024 = context('2024-12-19');

describe('matchActors: names', () => {
  it('links full names and their transliteration variants to one person', () => {
    const text = 'Yoon Suk Yeol met Yoon Suk-yeol. Zelensky, Zelenskiy, Zelenskyy and Volodymyr Zelenskiyy. Kim Jong Un and Kim Jong-un. Lee Jae Myung.';
    const ms = match(text, context('2025-06-17'));
    const ids = ms.filter((m) => m.kind === 'person' && m.actorId).map((m) => m.name);
    expect(ids).toEqual(['Yoon Suk Yeol', 'Yoon Suk Yeol', 'Volodymyr Zelensky', 'Kim Jong-un', 'Kim Jong-un', 'Lee Jae-myung']);
    // bare surnames of a person not yet named in full stay unlinked
    expect(personLinks(match('Zelenskiy spoke. Volodymyr Zelensky spoke. Zelenskyy spoke.', context('2025-06-17')))).toEqual([
      'Zelenskiy → —', 'Volodymyr Zelensky → Volodymyr Zelensky', 'Zelenskyy → Volodymyr Zelensky',
    ]);
  });

  it('keeps offsets on the text and reports the role held at the date, whatever the text says', () => {
    const text = 'Lee Jae-myung, the mayor of Seoul, called for talks.';
    const [lee] = match(text, context(null, ['2025-06-04', '2025-10-21']));
    expect(lee).toMatchObject({ start: 0, end: 13, text: 'Lee Jae-myung', actorId: 'local:lee-jae-myung', role: 'president', country: 'KR', rule: 'person.name' });
  });
});

describe('matchActors: titles and surnames', () => {
  it('links title + surname by the office held at the date', () => {
    expect(personLinks(match('President Lee arrived.', context('2025-06-17')))).toEqual(['President Lee → Lee Jae-myung']);
    expect(personLinks(match('President Lee arrived.', context('2010-05-01')))).toEqual(['President Lee → Lee Myung-bak']);
    expect(personLinks(match('Acting President Lee spoke.', context('2025-05-20')))).toEqual(['Acting President Lee → Lee Ju-ho']);
    expect(personLinks(match('Prime Minister Ishiba spoke.', dec2024))).toEqual(['Prime Minister Ishiba → Shigeru Ishiba']);
  });

  it('dates a mention by its own sentence before the publication day', () => {
    const text = 'In 2010 President Lee visited Tokyo.';
    expect(personLinks(match(text, context('2025-06-17'), [dateTimex(text, '2010', '2010')]))).toEqual(['President Lee → Lee Myung-bak']);
  });

  it('resolves an ambiguous surname by title and date: "Han" in December 2024', () => {
    expect(personLinks(match('Acting President Han said.', dec2024))).toEqual(['Acting President Han → Han Duck-soo']);
    const ms = match('Acting President Han Duck-soo spoke. Han later called Ishiba. Han’s office said so.', dec2024);
    expect(personLinks(ms)).toEqual(['Acting President Han Duck-soo → Han Duck-soo', 'Han → Han Duck-soo', 'Ishiba → —', 'Han → Han Duck-soo']);
    expect(ms[0]).toMatchObject({ role: 'acting president', country: 'KR', rule: 'person.title-name' });
  });

  it('links a surname or title alone only after the person was named in the story', () => {
    const text = 'Japanese Prime Minister Shigeru Ishiba met reporters. Ishiba said the prime minister would travel.';
    expect(personLinks(match(text, dec2024))).toEqual([
      'Prime Minister Shigeru Ishiba → Shigeru Ishiba', 'Ishiba → Shigeru Ishiba', 'prime minister → Shigeru Ishiba',
    ]);
    expect(personLinks(match('Ishiba said the prime minister would travel.', dec2024))).toEqual(['Ishiba → —']);
  });

  it('leaves a mention unlinked when the clues conflict or are not enough', () => {
    // the story named Lee Myung-bak, but in 2025 "President Lee" is Lee Jae-myung
    expect(personLinks(match('Former leader Lee Myung-bak was there. President Lee spoke.', context('2025-06-17')))).toEqual([
      'leader Lee Myung-bak → Lee Myung-bak', 'President Lee → —',
    ]);
    // no date at all and two presidents named Lee
    expect(personLinks(match('President Lee spoke.', context(null)))).toEqual(['President Lee → —']);
    // nobody called Lee was president in May 2025
    expect(personLinks(match('President Lee spoke.', context('2025-05-15')))).toEqual(['President Lee → —']);
  });

  it('does not take part of a longer unknown name for a known surname (negative cases)', () => {
    expect(personLinks(match('Joe Biden left. Hunter Biden stayed.', dec2024))).toEqual(['Joe Biden → Joe Biden']);
    expect(personLinks(match('Lee Jae-myung spoke. Lee Jun-seok replied.', context('2025-06-17')))).toEqual(['Lee Jae-myung → Lee Jae-myung']);
  });
});

describe('matchActors: offices named by role', () => {
  it('links an office to its holder only when the story names that person', () => {
    const text = 'Foreign ministers from South Korea and Japan met in Seoul on Monday. Later, Iwaya and Choi spoke.';
    const ms = match(text, context('2025-01-13'));
    expect(personLinks(ms)).toEqual(['Foreign ministers → —', 'Foreign ministers → Takeshi Iwaya', 'Iwaya → Takeshi Iwaya', 'Choi → —']);
    expect(ms.find((m) => m.actorId === null && m.text === 'Foreign ministers')).toMatchObject({ role: 'foreign minister', country: 'KR', rule: 'person.office-unlinked' });
  });

  it('reads "<country>\'s visiting <title>" and "<country> <title>"', () => {
    const text = 'Kim Jong-un met Russia’s visiting Defence Minister. Japan PM Ishiba called. Andrei Belousov left.';
    expect(personLinks(match(text, context('2024-11-29')))).toEqual([
      'Kim Jong-un → Kim Jong-un', 'Defence Minister → Andrei Belousov', 'PM Ishiba → Shigeru Ishiba', 'Andrei Belousov → Andrei Belousov',
    ]);
  });

  it('keeps an uncorroborated office unlinked with its role and country', () => {
    const [office] = match('Japan’s foreign minister arrived.', context('2025-01-13')).filter((m) => m.kind === 'person');
    expect(office).toMatchObject({ actorId: null, role: 'foreign minister', country: 'JP', rule: 'person.office-unlinked' });
  });
});

describe('matchActors: countries', () => {
  it('emits country mentions for names, aliases, demonyms and capitals as metonyms', () => {
    const text = 'The Ukrainian military said North Korean soldiers died with Russian troops. Seoul said Tokyo and Pyongyang erred; the DPRK and the ROK disagreed.';
    expect(countryCodes(match(text, dec2024))).toEqual([
      'Ukrainian → UA', 'North Korean → KP', 'Russian → RU', 'Seoul → KR', 'Tokyo → JP', 'Pyongyang → KP', 'DPRK → KP', 'ROK → KR',
    ]);
  });

  it('never reads North Korea as Korea of the South, nor a sea as China (negative cases)', () => {
    expect(countryCodes(match('North Korea and the Korean Peninsula, the South China Sea, us and china.', dec2024))).toEqual(['North Korea → KP']);
  });

  it('gives each person the country of their office at that date', () => {
    const ms = match('Russian Defence Minister Andrei Belousov met North Korean leader Kim Jong-un.', context('2024-11-29'));
    expect(ms.filter((m) => m.kind === 'person').map((m) => [m.name, m.country, m.role])).toEqual([
      ['Andrei Belousov', 'RU', 'defence minister'],
      ['Kim Jong-un', 'KP', 'supreme leader'],
    ]);
  });
});

describe('matchActors: unknown people', () => {
  it('keeps a name after a role cue as an unlinked actor with role and country', () => {
    const ms = match("Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, has stated that North Korea gained.", context('2025-08-01'));
    expect(ms.find((m) => m.kind === 'person')).toMatchObject({
      text: 'Kyrylo Budanov', actorId: null, name: 'Kyrylo Budanov', role: 'military intelligence chief', country: 'UA', rule: 'person.unknown-with-role',
    });
  });

  it('keeps an unknown name after a known title', () => {
    const [m] = match('Brazilian leaders met. President Lula Inacio spoke.', context('2025-08-01')).filter((x) => x.kind === 'person');
    expect(m).toMatchObject({ text: 'Lula Inacio', actorId: null, role: 'president' });
  });

  it('takes no institution for a person (negative cases)', () => {
    expect(personLinks(match('The Premier League said. President Office staff left. The Chancellor of the Exchequer spoke.', dec2024))).toEqual([]);
  });

  it('skips boilerplate blocks', () => {
    const text = 'Follow Joe Biden on social media';
    const block = { start: 0, end: text.length, kind: 'boilerplate' as const, role: 'footer', story: -1, context: dec2024, rule: 't', reason: 't' };
    expect(matchActors(text, [block as Block], [{ start: 0, end: text.length }], [])).toEqual([]);
  });
});
