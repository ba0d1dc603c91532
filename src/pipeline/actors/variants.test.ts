import { describe, expect, it } from 'vitest';
import { foldAccents, nameVariants, pluralTitle } from './variants';

describe('nameVariants', () => {
  it('splits and capitalizes a hyphenated given name', () => {
    expect(nameVariants('Lee Jae-myung')).toEqual(expect.arrayContaining(['Lee Jae-myung', 'Lee Jae Myung', 'Lee Jae-Myung']));
    expect(nameVariants('Kim Jong-un')).toContain('Kim Jong Un');
  });

  it('joins a three-part name with a hyphen', () => {
    expect(nameVariants('Yoon Suk Yeol')).toEqual(expect.arrayContaining(['Yoon Suk-yeol', 'Yoon Suk-Yeol']));
  });

  it('folds accents', () => {
    expect(nameVariants('António Costa')).toContain('Antonio Costa');
    expect(foldAccents('Orbán')).toBe('Orban');
  });

  it('leaves other names alone (negative cases)', () => {
    expect(nameVariants('Shigeru Ishiba')).toEqual(['Shigeru Ishiba']);
    expect(nameVariants('Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
    expect(nameVariants('Frank-Walter Steinmeier')).toEqual(['Frank-Walter Steinmeier']);
  });
});

describe('pluralTitle', () => {
  it.each([
    ['Foreign Minister', 'Foreign Ministers'],
    ['Secretary of State', null],
    ['Treasury Secretary', 'Treasury Secretaries'],
    ['leader', 'leaders'],
    ['President-elect', null],
    ['Pres.', null],
  ])('%s → %s', (title, plural) => expect(pluralTitle(title)).toBe(plural));
});
