// RFC 5545 content-line rules: TEXT escaping (3.3.11) and line folding at 75 octets (3.1).

/** Control characters TEXT may not hold (all but HTAB; line breaks are escaped before this runs). */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** Escapes `\`, `;`, `,` and line breaks (CRLF, CR or LF → `\n`); drops other control characters. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD, 3 octets). */
const octets = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8: continuation lines start with one space,
 * and breaks fall only between code points (never inside a multi-byte character or a surrogate pair).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > (lines.length === 0 ? 75 : 74)) {
      lines.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  lines.push(current);
  return lines.join('\r\n ');
}
