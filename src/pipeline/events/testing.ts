// Hand-built stage inputs for the event tests (upstream stages are tested on their own).
import { valueSpan } from '../temporal/value';
import type { ActorMention, Block, PublicationContext, Timex } from '../types';

/** Offset of the n-th (0-based) occurrence of `word` in `text`; throws when absent so a typo fails the test. */
export function at(text: string, word: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(word, i + 1);
    if (i < 0) throw new Error(`'${word}' (#${nth}) not in text`);
  }
  return i;
}

export function person(text: string, word: string, id: string, name: string, country: string, nth = 0): ActorMention {
  const start = at(text, word, nth);
  return { start, end: start + word.length, text: word, kind: 'person', actorId: id, name, country, role: null, rule: 'test', reason: 'test' };
}

export function country(text: string, word: string, code: string, nth = 0, rule = 'test'): ActorMention {
  const start = at(text, word, nth);
  return { start, end: start + word.length, text: word, kind: 'country', actorId: code, name: code, country: code, role: null, rule, reason: 'test' };
}

export function timex(text: string, word: string, value: string, opts: { nth?: number; estimated?: boolean } = {}): Timex {
  const start = at(text, word, opts.nth);
  if (!valueSpan(value) && !/^P|_REF$|X/.test(value)) throw new Error(`bad test value ${value}`);
  return {
    text: word, start, end: start + word.length, type: 'DATE', value,
    resolution: { rule: 'test', reason: 'test', anchor: { value: null, source: 'publication', provenance: 'stated' }, estimated: opts.estimated ?? false },
  };
}

export function day(value: string, provenance: PublicationContext['provenance'] = 'curated'): PublicationContext {
  return { value, from: value, to: value, provenance, note: 'test' };
}

export function window(from: string, to: string): PublicationContext {
  return { value: null, from, to, provenance: 'estimated', note: 'test' };
}

/** One main block over the whole text. */
export function wholePage(text: string, context: PublicationContext, story = 0): Block {
  return { start: 0, end: text.length, kind: 'main', role: 'body', story, context, rule: 'test', reason: 'test' };
}

/** Every occurrence of each listed name as a mention (a stand-in for the actor stage). Longer names win. */
export function mentionsOf(text: string, table: readonly [word: string, id: string, name: string, country: string, kind?: 'person' | 'country'][]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [word, id, name, code, kind = 'person'] of [...table].sort((a, b) => b[0].length - a[0].length)) {
    for (const m of text.matchAll(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'gu'))) {
      const start = m.index;
      if (out.some((o) => o.start < start + word.length && start < o.end)) continue;
      out.push({ start, end: start + word.length, text: word, kind, actorId: id, name, country: code, role: null, rule: 'test', reason: 'test' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
