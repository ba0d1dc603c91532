import { describe, expect, it } from 'vitest';
import { people } from './gazetteer';
import { resolveSurname, type SurnameClues } from './resolve';
import { roleById } from './tenure';

const named = (...names: string[]) => new Set(people.filter((p) => names.includes(p.name)));
const withSurname = (s: string) => people.filter((p) => p.surnames.includes(s));
const day = (d: string) => ({ from: d, to: d });
const clues = (over: Partial<SurnameClues>): SurnameClues => ({
  surname: 'Lee', candidates: withSurname('Lee'), title: null, country: null, window: day('2025-06-17'), antecedents: new Set(), ...over,
});
const who = (c: SurnameClues) => {
  const r = resolveSurname(c);
  return [r.person?.name ?? null, r.rule];
};

describe('resolveSurname', () => {
  it('links a bare surname to the one person of that name already named', () => {
    expect(who(clues({ antecedents: named('Lee Jae-myung', 'Shigeru Ishiba') }))).toEqual(['Lee Jae-myung', 'person.surname-antecedent']);
    expect(who(clues({}))).toEqual([null, 'person.surname-no-antecedent']);
    expect(who(clues({ antecedents: named('Lee Jae-myung', 'Lee Myung-bak') }))).toEqual([null, 'person.surname-ambiguous']);
  });

  it('uses the title held at the date', () => {
    const president = roleById('president');
    expect(who(clues({ title: president }))).toEqual(['Lee Jae-myung', 'person.title-surname-date']);
    expect(who(clues({ title: president, window: day('2012-01-01') }))).toEqual(['Lee Myung-bak', 'person.title-surname-date']);
    expect(who(clues({ title: roleById('former-president') }))).toEqual(['Lee Myung-bak', 'person.title-surname-date']);
    const han = clues({ surname: 'Han', candidates: withSurname('Han'), title: roleById('acting-president'), window: day('2024-12-19') });
    expect(who(han)).toEqual(['Han Duck-soo', 'person.title-surname-date']);
  });

  it('filters by the country word', () => {
    expect(who(clues({ title: roleById('president'), country: 'JP' }))).toEqual([null, 'person.title-surname-unknown']);
  });

  it('leaves conflicts and gaps unlinked', () => {
    const president = roleById('president');
    expect(who(clues({ title: president, antecedents: named('Lee Myung-bak') }))).toEqual([null, 'person.title-surname-conflict']);
    expect(who(clues({ title: president, window: day('2025-05-15') }))).toEqual([null, 'person.title-surname-ambiguous']);
    expect(who(clues({ title: president, window: { from: null, to: null } }))).toEqual([null, 'person.title-surname-ambiguous']);
    expect(who(clues({ title: roleById('chancellor') }))).toEqual([null, 'person.title-surname-unknown']);
  });

  it('with no date, takes the only holder, or the one named earlier', () => {
    const unknown = { from: null, to: null };
    expect(who(clues({ surname: 'Ishiba', candidates: withSurname('Ishiba'), title: roleById('prime-minister'), window: unknown }))).toEqual(['Shigeru Ishiba', 'person.title-surname']);
    expect(who(clues({ title: roleById('president'), window: unknown, antecedents: named('Lee Jae-myung') }))).toEqual(['Lee Jae-myung', 'person.title-surname']);
  });
});
