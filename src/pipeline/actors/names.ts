import * as v from 'valibot';
import raw from './data/role-cues.json';

// Name-like spans for people the gazetteer does not know: capitalised words after a role cue, ranks skipped.
// A small rule-based recogniser; the words it must never take for a name are data (data/role-cues.json).

export interface Span {
  start: number;
  end: number;
  text: string;
}

const List = (what: string, re: RegExp) =>
  v.pipe(
    v.array(v.pipe(v.string(), v.regex(re, `bad ${what}`))),
    v.check((xs) => new Set(xs).size === xs.length, `duplicate ${what}`),
  );
const CuesSchema = v.object({
  cues: List('cue (lower-case word)', /^[a-z]+$/),
  honorifics: List('honorific (capitalised, ends with ".")', /^\p{Lu}\p{Ll}*\.$/u),
  notNames: List('not-name (capitalised word)', /^\p{Lu}[\p{L}.]*$/u),
});

/** Validates data/role-cues.json; throws naming the bad or duplicate entry. */
export function loadCues(data: unknown): v.InferOutput<typeof CuesSchema> {
  const parsed = v.safeParse(CuesSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    throw new Error(`role-cues: ${issue.message} at ${v.getDotPath(issue)}: ${JSON.stringify(issue.input)}`);
  }
  return parsed.output;
}

const cues = loadCues(raw);
const NOT_NAMES = new Set(cues.notNames);
const HONORIFIC = new RegExp(`^(?:(?:${cues.honorifics.map((h) => h.replace('.', '\\.')).join('|')})\\s+)*`);
const TOKEN = /^(?:\p{Lu}\.(?=\s)|\p{Lu}(?:[\p{L}'’-]*\p{L})?)/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Role cue nouns (lower case), for the recogniser of "<office> <name>" without a known title. */
export const CUE_WORDS: readonly string[] = cues.cues;

/**
 * The name starting at `pos` after optional ranks ("Lt. Gen."): 1–4 capitalised words, stopping before a
 * possessive, a word in `stops` (a known country or title starts there) or a word that never starts a name.
 * At least `minWords` words, else null.
 */
export function nameAt(text: string, pos: number, minWords: number, stops: (offset: number) => boolean): Span | null {
  let at = pos + (HONORIFIC.exec(text.slice(pos))?.[0].length ?? 0);
  const start = at;
  let words = 0;
  let end = start;
  while (words < 4) {
    const m = TOKEN.exec(text.slice(at));
    if (!m || stops(at) || NOT_NAMES.has(m[0]) || ALL_CAPS.test(m[0])) break;
    const word = m[0].replace(/['’]s$/, '');
    words++;
    end = at + word.length;
    if (word.length < m[0].length || !/^ \p{Lu}/u.test(text.slice(end, end + 2))) break;
    at = end + 1;
  }
  return words >= minWords ? { start, end, text: text.slice(start, end) } : null;
}

/** Words that never start or continue a name ("The", "Monday", "Administration", "Mr."). */
export const isNotName = (word: string) => NOT_NAMES.has(word) || cues.honorifics.includes(word);
