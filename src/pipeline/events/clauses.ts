import { DIPLOMATIC } from './lexicon';
import type { Trigger } from './triggers';

// Where one happening's words end and the next one's begin. A clause opens at a subordinating word or relative
// pronoun ("after President Yoon was impeached", "who was impeached", "since taking office") or a semicolon/dash;
// inside a clause, diplomatic facets fold together ("held phone talks … and agreed to …") while a different kind of
// happening starts a new region at the last comma or linking preposition before it ("impeached … over his
// imposition of martial law").
export const CLAUSE_OPENERS = [
  'after', 'before', 'since', 'following', 'when', 'while', 'whereas', 'who', 'whom', 'whose', 'which', 'amid',
  'until', 'because', 'although', 'though',
  // Reporting verbs: "Lavrov said on Tuesday that | last week's summit …" — the speaker is not a participant.
  'said', 'says', 'told',
] as const;
const OPENER = new RegExp(`\\b(?:${CLAUSE_OPENERS.join('|')})\\b|;|\\s[—–]\\s`, 'giu');
const SPLIT = /,|\b(?:over|for|and|with|by|on)\b/giu;
const REPORTING = new Set(['said', 'says', 'told']);
/** A comma followed by at most five words, right before a reporting verb. */
const SPEAKER = /,(?:\s+[^\s,]+){1,5}\s+$/u;

/** A stretch of a sentence holding one happening. */
export interface Region {
  start: number;
  end: number;
  /** The word that opened its clause ('who', 'after', …), lower-cased; null at the start of the sentence. */
  opener: string | null;
  triggers: Trigger[];
}

const group = (t: Trigger) => (DIPLOMATIC.includes(t.rule.type) ? 'diplomatic' : t.rule.type);

/** Clauses of text[start, end) with their opener word. */
export function clauses(text: string, start: number, end: number): Omit<Region, 'triggers'>[] {
  const out: Omit<Region, 'triggers'>[] = [];
  let at = start;
  let opener: string | null = null;
  for (const m of text.slice(start, end).matchAll(OPENER)) {
    let s = start + m.index;
    // "…, South Korea's military said, …": the speaker before a reporting verb belongs to its clause.
    const speaker = REPORTING.has(m[0].toLowerCase()) ? SPEAKER.exec(text.slice(at, s)) : null;
    if (speaker) s = at + speaker.index + 1;
    if (s > at) out.push({ start: at, end: s, opener });
    at = s;
    opener = /\p{L}/u.test(m[0]) ? m[0].toLowerCase() : null;
  }
  out.push({ start: at, end, opener });
  return out;
}

/** Regions of a sentence: its clauses, cut again between triggers of different kinds; trigger-less ones dropped. */
export function regions(text: string, start: number, end: number, triggers: readonly Trigger[]): Region[] {
  const out: Region[] = [];
  for (const clause of clauses(text, start, end)) {
    const inClause = triggers.filter((t) => t.start >= clause.start && t.start < clause.end);
    let current: Region | null = null;
    for (const t of inClause) {
      const prev = current?.triggers.at(-1);
      if (current && prev && group(prev) === group(t)) {
        current.triggers.push(t);
        continue;
      }
      let cut = clause.start;
      if (current && prev) {
        const between = [...text.slice(prev.end, t.start).matchAll(SPLIT)].at(-1);
        cut = between ? prev.end + between.index : t.start;
        current.end = cut;
      }
      current = { start: cut, end: clause.end, opener: current ? null : clause.opener, triggers: [t] };
      out.push(current);
    }
  }
  return out;
}
