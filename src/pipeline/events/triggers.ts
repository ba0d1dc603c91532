import { ANY_TRIGGER, TRIGGER_RULES, type CompiledRule } from './lexicon';
import { inside, type Span } from './quotes';

/** A trigger found in the text (document offsets). */
export interface Trigger {
  rule: CompiledRule;
  text: string;
  start: number;
  end: number;
  /** "first summit" → 1. */
  ordinal?: number;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, '1st': 1, '2nd': 2, '3rd': 3 };
const ORDINAL_BEFORE = new RegExp(`\\b(${Object.keys(ORDINALS).join('|')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu');

/** Triggers in text[start, end), outside quoted speech, longest first where two overlap. */
export function findTriggers(text: string, start: number, end: number, quotes: readonly Span[]): Trigger[] {
  const slice = text.slice(start, end);
  if (!ANY_TRIGGER.test(slice)) return [];
  const found: Trigger[] = [];
  for (const rule of TRIGGER_RULES) {
    for (const m of slice.matchAll(rule.regex)) {
      const s = start + m.index;
      if (inside(quotes, s)) continue;
      const ord = ORDINAL_BEFORE.exec(text.slice(Math.max(start, s - 30), s));
      found.push({ rule, text: m[0], start: s, end: s + m[0].length, ...(ord ? { ordinal: ORDINALS[ord[1]!.toLowerCase()]! } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((t, i) => !found.slice(0, i).some((o) => o.start < t.end && t.start < o.end));
}
