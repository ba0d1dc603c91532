import { describe, expect, it } from 'vitest';
import { hashWord, isDigit, isLetter, isSpace, newRun, readLetters, spells, wordFilter, wordLookup } from './words';

describe('word scanning', () => {
  it('tells ASCII letters and digits apart from everything else', () => {
    expect([...'aZ'].every((c) => isLetter(c.charCodeAt(0)))).toBe(true);
    expect([...'09@[`{é '].some((c) => isLetter(c.charCodeAt(0)))).toBe(false);
    expect([...'09'].every((c) => isDigit(c.charCodeAt(0)))).toBe(true);
    expect(isDigit('a'.charCodeAt(0))).toBe(false);
  });
  it('takes as white space exactly what \\s matches', () => {
    const codes = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(codes.filter((c) => isSpace(c) !== /\s/.test(String.fromCharCode(c)))).toEqual([]);
  });
  it('hashes a word the same in any case, and different words differently', () => {
    expect(hashWord('Monday')).toBe(hashWord('MONDAY'));
    expect(hashWord('monday')).not.toBe(hashWord('sunday'));
  });
  it('walks a letter run to its end with the same hash as the whole word', () => {
    const text = 'on Tuesday, 4 June';
    const run = newRun();
    readLetters(text, 3, run);
    expect(run).toEqual({ end: 10, hash: hashWord('tuesday') });
  });
  it('lets every listed word through in any case and stops most others', () => {
    const listed = wordFilter(['monday', 'week']);
    expect(['Monday', 'WEEK', 'week'].every((w) => listed(hashWord(w)))).toBe(true);
    const others = ['president', 'minister', 'said', 'talks', 'summit', 'government', 'election', 'country'];
    expect(others.filter((w) => listed(hashWord(w)))).toEqual([]);
  });
  it('stops a letter run at `to`', () => {
    const run = newRun();
    readLetters('Tuesday', 0, run, 3);
    expect(run).toEqual({ end: 3, hash: hashWord('tue') });
  });
  it('finds listed words in any case by hash, without a slice', () => {
    const text = 'He SAID and said-so, saidx';
    const listed = wordLookup(['said', 'was']);
    expect([[3, 7], [12, 16], [21, 26]].map(([s, e]) => listed(text, s!, e!, hashWord(text.slice(s, e))))).toEqual(['said', 'said', null]);
    expect(spells(text, 3, 7, 'said') && !spells(text, 3, 6, 'said')).toBe(true);
  });
});
