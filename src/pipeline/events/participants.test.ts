import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../types';
import { regions } from './clauses';
import { participants } from './participants';
import { quotedSpans } from './quotes';
import { country, person } from './testing';
import { findTriggers } from './triggers';

function who(text: string, mentions: ActorMention[], previous: ActorMention[] = []) {
  const quotes = quotedSpans(text);
  return regions(text, 0, text.length, findTriggers(text, 0, text.length, quotes)).map((region) => {
    const p = participants({ text, region, trigger: region.triggers[0]!, mentions, previous, quotes, place: null });
    return { people: p.people.map((m) => m.name), countries: p.countries };
  });
}

describe('participants', () => {
  it('gives each happening of a sentence its own people, and "his" the nearest person before it', () => {
    const t = 'Han held the phone conversation with Ishiba after President Yoon Suk Yeol was impeached last Saturday over his imposition of martial law.';
    const m = [person(t, 'Han', 'Q1', 'Han Duck-soo', 'KR'), person(t, 'Ishiba', 'Q2', 'Shigeru Ishiba', 'JP'), person(t, 'Yoon Suk Yeol', 'Q3', 'Yoon Suk Yeol', 'KR')];
    expect(who(t, m)).toEqual([
      { people: ['Han Duck-soo', 'Shigeru Ishiba'], countries: ['JP', 'KR'] },
      { people: ['Yoon Suk Yeol'], countries: ['KR'] },
      { people: ['Yoon Suk Yeol'], countries: ['KR'] },
    ]);
  });
  it('resolves "who" and a subject-less gerund to the person before the clause', () => {
    const t = 'His administration follows that of Yoon Suk Yeol, who was impeached in December.';
    expect(who(t, [person(t, 'Yoon Suk Yeol', 'Q3', 'Yoon Suk Yeol', 'KR')]).map((r) => r.people)).toEqual([['Yoon Suk Yeol']]);
    const u = "It was President Lee's first trip since taking office on 4 June.";
    expect(who(u, [person(u, 'Lee', 'Q4', 'Lee Jae-myung', 'KR')]).map((r) => r.people)).toEqual([['Lee Jae-myung']]);
  });
  it('does not count someone named only through a relation: "Lee\'s predecessor, Yoon Suk Yeol, visited"', () => {
    const t = "Ties improved after Lee's predecessor, Yoon Suk Yeol, visited Tokyo in March 2023.";
    const m = [person(t, 'Lee', 'Q4', 'Lee Jae-myung', 'KR'), person(t, 'Yoon Suk Yeol', 'Q3', 'Yoon Suk Yeol', 'KR')];
    expect(who(t, m).map((r) => r.people)).toEqual([['Yoon Suk Yeol']]);
  });
  it('resolves a sentence-initial "He" to the previous sentence and keeps the people after the verb', () => {
    const t = 'He also held talks with Ursula von der Leyen.';
    const prev = [person('President Lee met Carney', 'Lee', 'Q4', 'Lee Jae-myung', 'KR')];
    expect(who(t, [person(t, 'Ursula von der Leyen', 'Q5', 'Ursula von der Leyen', 'EU')], prev)).toEqual([
      { people: ['Lee Jae-myung', 'Ursula von der Leyen'], countries: ['KR'] },
    ]);
  });
  it('names the countries of a happening without people, except quoted ones', () => {
    const t = 'The Ukrainian military released footage of North Korean soldiers, saying "Russia lies".';
    const m = [country(t, 'Ukrainian', 'UA'), country(t, 'North Korean', 'KP'), country(t, 'Russia', 'RU')];
    expect(who(t, m)).toEqual([{ people: [], countries: ['KP', 'UA'] }]);
  });
  it('does not count a demonym before a noun that is no agent: "Russian energy" is a topic, "Ukrainian officials" act', () => {
    const t = 'Ukrainian officials met EU envoys in Brussels to discuss an end to Russian energy imports.';
    const m = [country(t, 'Russian', 'RU', 0, 'country.demonym'), country(t, 'Ukrainian', 'UA', 0, 'country.demonym')];
    expect(who(t, m).map((r) => r.countries)).toEqual([['UA']]);
  });
  it('does not count topics after the verb as countries of a happening with people', () => {
    const t = 'Han held phone talks with Ishiba to cope with ties between North Korea and Russia.';
    const m = [person(t, 'Han', 'Q1', 'Han Duck-soo', 'KR'), person(t, 'Ishiba', 'Q2', 'Shigeru Ishiba', 'JP'), country(t, 'North Korea', 'KP'), country(t, 'Russia', 'RU')];
    expect(who(t, m)[0]!.countries).toEqual(['JP', 'KR']);
  });
  it('finds no one for an unlinked subject without antecedent', () => {
    expect(who('They met on Monday.', [])).toEqual([{ people: [], countries: [] }]);
  });
});
