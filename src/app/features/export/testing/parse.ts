// Test support: parse the exports back (used by the unit tests and e2e/export.spec.ts).

/** RFC 4180 records; a trailing CRLF does not make an empty record. Throws on malformed input. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      for (i += 1; ; i += 1) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] !== '"') value += text[i];
        else if (text[i + 1] === '"') (value += '"'), (i += 1);
        else break;
      }
      i += 1;
    } else {
      while (i < text.length && !',\r\n'.includes(text[i]!)) value += text[i++];
      if (value.includes('"')) throw new Error(`stray quote in ${JSON.stringify(value)}`);
    }
    fields.push(value);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i) || i === text.length) {
      records.push(fields);
      fields = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (fields.length > 0) records.push(fields);
  return records;
}

/** Unfolds content lines (CRLF + one space or tab) and splits them; throws on a bare LF or CR. */
export function unfoldIcs(text: string): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  if (/\r(?!\n)|(?<!\r)\n/.test(unfolded)) throw new Error('bare CR or LF');
  return unfolded.split('\r\n').filter((line) => line !== '');
}

/** RFC 5545 TEXT value → string. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Each VEVENT as a map of property name (with parameters) → raw value. */
export function parseIcsEvents(text: string): Map<string, string>[] {
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of unfoldIcs(text)) {
    const colon = line.indexOf(':');
    const [name, value] = [line.slice(0, colon), line.slice(colon + 1)];
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) events.push(current), (current = null);
    else current?.set(name, value);
  }
  return events;
}
