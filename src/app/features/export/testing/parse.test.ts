import { describe, expect, it } from 'vitest';
import { parseCsv, parseIcsEvents, unescapeIcsText, unfoldIcs } from './parse';

describe('parseCsv(text)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and empty fields', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"x\r\ny",,\r\n""\r\n')).toEqual([['a', 'b,c', 'd"e'], ['x\r\ny', '', ''], ['']]);
  });

  it('rejects malformed CSV', () => {
    expect(() => parseCsv('"open\r\n')).toThrow(/unterminated/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/stray quote/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/expected , or CRLF/);
    expect(() => parseCsv('a\nb\r\n')).toThrow(/expected , or CRLF/);
  });
});

describe('unfoldIcs / unescapeIcsText / parseIcsEvents', () => {
  it('unfolds continuation lines and rejects bare line feeds', () => {
    expect(unfoldIcs('SUMMARY:ab\r\n c\r\n\td\r\nEND:X\r\n')).toEqual(['SUMMARY:abcd', 'END:X']);
    expect(() => unfoldIcs('A:1\nB:2\r\n')).toThrow(/bare/);
  });

  it('unescapes TEXT values', () => {
    expect(unescapeIcsText('a\\\\n\\;\\,\\nb\\N')).toBe('a\\n;,\nb\n');
  });

  it('collects the properties of each VEVENT only', () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:a:b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(parseIcsEvents(ics).map((e) => Object.fromEntries(e))).toEqual([{ UID: '1', SUMMARY: 'a:b' }]);
  });
});
