import { describe as suite, expect, it } from 'vitest';
import { people } from './gazetteer';
import { describe, officeHolders, roleById, tenuresForTitle } from './tenure';

const person = (name: string) => people.find((p) => p.name === name)!;
const day = (d: string) => ({ from: d, to: d });
const unknown = { from: null, to: null };

suite('tenuresForTitle', () => {
  it('finds the office held on the day', () => {
    expect(tenuresForTitle(person('Han Duck-soo'), roleById('acting-president'), day('2024-12-19'))).toHaveLength(1);
    expect(tenuresForTitle(person('Choi Sang-mok'), roleById('acting-president'), day('2024-12-19'))).toHaveLength(0);
  });

  it('lets "President" cover a suspended president and "leader" cover a prime minister', () => {
    expect(tenuresForTitle(person('Yoon Suk Yeol'), roleById('president'), day('2025-01-13'))).toHaveLength(1);
    expect(tenuresForTitle(person('Shigeru Ishiba'), roleById('leader'), day('2025-01-13'))).toHaveLength(1);
  });

  it('reads "former" as an office that had ended by then', () => {
    expect(tenuresForTitle(person('Lee Myung-bak'), roleById('former-president'), day('2025-06-17'))).toHaveLength(1);
    expect(tenuresForTitle(person('Lee Jae-myung'), roleById('former-president'), day('2025-06-17'))).toHaveLength(0);
    // Trump was a former president in 2023, not in 2025 when he held the office again
    expect(tenuresForTitle(person('Donald Trump'), roleById('former-president'), day('2023-03-01'))).toHaveLength(1);
    expect(tenuresForTitle(person('Donald Trump'), roleById('former-president'), day('2025-06-17'))).toHaveLength(0);
  });
});

suite('officeHolders', () => {
  it('names the holder of an office in a country at a date', () => {
    const holders = (role: string, country: string, d: string) => officeHolders(roleById(role), country, day(d)).map((p) => p.name);
    expect(holders('foreign-minister', 'JP', '2025-01-13')).toEqual(['Takeshi Iwaya']);
    expect(holders('prime-minister', 'JP', '2024-09-01')).toEqual(['Fumio Kishida']);
    expect(holders('defence-minister', 'RU', '2024-11-29')).toEqual(['Andrei Belousov']);
    expect(holders('president', 'KR', '2025-05-15')).toEqual([]);
  });
});

suite('describe', () => {
  it('reports the role held at the date, not one the text claims', () => {
    expect(describe(person('Lee Jae-myung'), { from: '2025-06-04', to: '2025-10-21' })).toEqual({ role: 'president', country: 'KR' });
    expect(describe(person('Han Duck-soo'), day('2024-12-19'))).toEqual({ role: 'acting president', country: 'KR' });
  });

  it('keeps the country but no role when the date is unknown or no office is held', () => {
    expect(describe(person('Lee Jae-myung'), unknown)).toEqual({ role: null, country: 'KR' });
    expect(describe(person('Yoon Suk Yeol'), day('2025-08-01'))).toEqual({ role: null, country: 'KR' });
  });

  it('gives no country for EU offices, which are not countries', () => {
    expect(describe(person('Ursula von der Leyen'), day('2025-06-17'))).toEqual({ role: 'President of the European Commission', country: null });
  });
});
