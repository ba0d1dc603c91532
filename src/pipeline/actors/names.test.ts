import { describe, expect, it } from 'vitest';
import { loadCues, nameAt } from './names';

const none = () => false;
const name = (text: string, min = 2, stops: (o: number) => boolean = none) => nameAt(text, 0, min, stops)?.text ?? null;

describe('nameAt', () => {
  it('takes capitalised words, skipping ranks and honorifics', () => {
    expect(name('Lt. Gen. Kyrylo Budanov, has stated')).toBe('Kyrylo Budanov');
    expect(name('To Lam’s state visit')).toBe('To Lam');
    expect(name('Scott Bessent hoping to wrap up')).toBe('Scott Bessent');
    expect(name('Dr. Jane Q. Public said')).toBe('Jane Q. Public');
  });

  it('stops at four words and before a known country or title', () => {
    expect(name('Aa Bb Cc Dd Ee')).toBe('Aa Bb Cc Dd');
    expect(name('Anna Ivanova Russia', 2, (o) => o === 13)).toBe('Anna Ivanova');
  });

  it('accepts one word only when asked', () => {
    expect(name('Lula said', 1)).toBe('Lula');
    expect(name('Lula said', 2)).toBeNull();
  });

  it('never takes function words, dates or acronyms for a name (negative cases)', () => {
    expect(name('The Kremlin said', 1)).toBeNull();
    expect(name('Monday Morning', 1)).toBeNull();
    expect(name('NATO Allies', 1)).toBeNull();
    expect(name('said on Monday', 1)).toBeNull();
  });
});

describe('loadCues', () => {
  it('throws naming a bad or duplicate entry', () => {
    expect(() => loadCues({ cues: ['chief', 'Chief'], honorifics: [], notNames: [] })).toThrow(/bad cue .* cues\.1: "Chief"/);
    expect(() => loadCues({ cues: ['chief', 'chief'], honorifics: [], notNames: [] })).toThrow(/duplicate cue/);
    expect(() => loadCues({ cues: [], honorifics: ['Dr'], notNames: [] })).toThrow(/honorific .* "Dr"/);
  });
});
