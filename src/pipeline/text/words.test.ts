import { describe, expect, it } from 'vitest';
import { hashWord, isDigit, isLetter, isSpace, newRun, readLetters, wordFilter } from './words';

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
});
