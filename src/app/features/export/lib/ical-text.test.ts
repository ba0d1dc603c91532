import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unescapeIcsText, unfoldIcs } from '../testing/parse';
import { hostileText } from '../testing/events';
import { escapeText, foldLine } from './ical-text';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText(text)', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('keeps tabs, quotes, colons, emoji and RTL text as they are', () => {
    expect(escapeText('\t"x": 😀 قمة')).toBe('\t"x": 😀 قمة');
  });

  it('drops control characters TEXT cannot hold', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe')).toBe('abcde');
  });
});

describe('foldLine(line)', () => {
  it('leaves a line of 75 octets alone and folds the 76th', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a multi-byte character or a surrogate pair', () => {
    const line = 'SUMMARY:' + 'é'.repeat(40) + '😀'.repeat(30) + '👨‍👩‍👧'.repeat(5);
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) {
      expect(utf8(p)).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    }
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  });

  it('unfolds and unescapes back to the text (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const folded = foldLine(`DESCRIPTION:${escapeText(text)}`);
        folded.split('\r\n').forEach((p) => expect(utf8(p)).toBeLessThanOrEqual(75));
        const [line] = unfoldIcs(folded + '\r\n');
        const expected = text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(unescapeIcsText(line!.slice('DESCRIPTION:'.length))).toBe(expected);
      }),
      { seed: 20241219 },
    );
  });
});
