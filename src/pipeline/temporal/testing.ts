import type { Block, PublicationContext, Timex } from '../types';
import { splitSentences } from '../text/sentences';
import { tagTemporal } from './index';

// Test helpers shared by the rule families' tests (not used by the pipeline).

/** A context known to the day (curated), an estimated window, or nothing. */
export function context(day: string | null, window?: [string, string]): PublicationContext {
  if (window) return { value: null, from: window[0], to: window[1], provenance: 'estimated', note: 'test window' };
  return day ? { value: day, from: day, to: day, provenance: 'curated', note: 'test' } : { value: null, from: null, to: null, provenance: 'unknown', note: 'test' };
}

/** Tags `text` as one main block with the given context. */
export function tag(text: string, ctx: PublicationContext): Timex[] {
  const block: Block = { start: 0, end: text.length, kind: 'main', role: 'body', story: 0, context: ctx, rule: 'test', reason: 'test' };
  return tagTemporal(text, [block], splitSentences(text));
}

/** [text, value] of each timex found in `text` written on `day`. */
export const found = (text: string, day: string | null = '2024-12-19') => tag(text, context(day)).map((t) => [t.text, t.value]);

/** The one timex whose text is `phrase` (throws when absent, so a test names what is missing). */
export function only(text: string, phrase: string, day: string | null = '2024-12-19'): Timex {
  const t = tag(text, context(day)).find((x) => x.text === phrase);
  if (!t) throw new Error(`'${phrase}' not tagged in '${text}' (got ${JSON.stringify(found(text, day))})`);
  return t;
}
