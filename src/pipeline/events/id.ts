// Stable event ids: a 53-bit FNV-1a style hash of what identifies the report (document, sentence, trigger and date words),
// so rebuilding the corpus or adding documents never changes an existing event's id.
export function stableId(parts: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of parts.join('\u241f')) {
    const c = ch.codePointAt(0)!;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return 'e' + (h1.toString(36) + (h2 & 0x1fffff).toString(36)).padStart(12, '0');
}
