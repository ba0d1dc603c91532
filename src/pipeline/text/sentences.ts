import type { Sentence } from '../types';

// Sentence boundaries with offsets. A boundary is a line break, or ./!/? (optionally followed by a closing quote or
// bracket) + whitespace + an upper-case letter, digit or opening quote — unless the period ends a known abbreviation
// ("Dec.", "U.S.", "Lt. Gen.") or a single initial.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'st',
    'jr', 'sr', 'rev', 'hon', 'pres', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'dept', 'est', 'approx', 'etc',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
  ],
);

const BOUNDARY = /([.!?])["'”’)\]]*(\s+)(?=["'“‘(\[]?[\p{Lu}\d])|\n+/gu;

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "Kim J. Un", "U.S."'s last letter
  return ABBREVIATIONS.has(word.replace(/^\./, ''));
}

/** Splits `text` into sentences; offsets are UTF-16 indices, trimmed of surrounding white space. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let begin = 0;
  const push = (end: number) => {
    let s = begin;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    if (m[1] === '.' && endsWithAbbreviation(text, at)) continue;
    const end = m[1] ? at + m[0].length - (m[2]?.length ?? 0) : at;
    push(end);
    begin = at + m[0].length;
  }
  push(text.length);
  return out;
}
