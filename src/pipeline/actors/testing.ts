import { splitSentences } from '../text/sentences';
import type { ActorMention, Block, PublicationContext, Timex } from '../types';
import { matchActors } from '.';

// Test helpers: run matching over one main block with a given publication day or window.

export function context(day: string | null, window?: [string, string]): PublicationContext {
  if (day) return { value: day, from: day, to: day, provenance: 'curated', note: 'test' };
  if (window) return { value: null, from: window[0], to: window[1], provenance: 'estimated', note: 'test' };
  return { value: null, from: null, to: null, provenance: 'unknown', note: 'test' };
}

export function mainBlock(text: string, c: PublicationContext): Block {
  return { start: 0, end: text.length, kind: 'main', role: 'body', story: 0, context: c, rule: 'test', reason: 'test' };
}

/** A DATE timex on the first occurrence of `text` in `sentence`. */
export function dateTimex(sentence: string, text: string, value: string): Timex {
  const start = sentence.indexOf(text);
  return {
    text, start, end: start + text.length, type: 'DATE', value,
    resolution: { rule: 'test', reason: 'test', anchor: { value: null, source: 'none', provenance: 'unknown' }, estimated: false },
  };
}

export function match(text: string, c: PublicationContext, timexes: Timex[] = []): ActorMention[] {
  return matchActors(text, [mainBlock(text, c)], splitSentences(text), timexes);
}

/** "text → name" for each person mention, "text → —" when unlinked. */
export const personLinks = (ms: ActorMention[]) => ms.filter((m) => m.kind === 'person').map((m) => `${m.text} → ${m.actorId ? m.name : '—'}`);
export const countryCodes = (ms: ActorMention[]) => ms.filter((m) => m.kind === 'country').map((m) => `${m.text} → ${m.actorId}`);
