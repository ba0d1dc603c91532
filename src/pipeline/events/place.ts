import type { Span } from './quotes';

// Where a happening took place, when the text states it: "in Seoul", "in Lima, Peru", "in the resort town of
// Kananaskis, Alberta". A capitalised name after "in"/"at" that is not a date ("in December") nor a person.
const NAME = String.raw`\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*)*`;
const PLACE = new RegExp(String.raw`\b(?:[Ii]n|[Aa]t)\s+(?:the\s+(?:\p{Ll}+\s+){1,3}of\s+)?(${NAME}(?:,\s*${NAME})?)`, 'gu');

export interface Place extends Span {
  text: string;
}

/** The stated place in text[start, end) nearest to `near` that overlaps none of `taken` (dates, people). */
export function findPlace(text: string, start: number, end: number, taken: readonly Span[], near = start): Place | null {
  let found: Place | null = null;
  const distance = (p: Span) => (p.start >= near ? p.start - near : near - p.end);
  for (const m of text.slice(start, end).matchAll(PLACE)) {
    const name = m[1]!.replace(/['’]s$/u, '').replace(/[.,]+$/u, '');
    const s = start + m.index + m[0].length - m[1]!.length;
    const e = s + name.length;
    if (taken.some((t) => t.start < e && s < t.end)) continue;
    const place = { text: name, start: s, end: e };
    if (!found || distance(place) < distance(found)) found = place;
  }
  return found;
}
