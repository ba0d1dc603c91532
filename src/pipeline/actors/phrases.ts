import { roles } from './gazetteer';
import type { Hit } from './lexicon';
import { CUE_WORDS, isNotName, nameAt, type Span } from './names';
import { firstFrom } from '../text/spans';

// The phrase grammar: lexicon hits combined into actor phrases. Each rule is a row of GAPS (what may stand between
// two hits) used by one construction below; the constructions are tried in the order written.

export type HitOf<K extends Hit['kind']> = Hit & { kind: K };

export type Phrase =
  | { kind: 'country'; span: Span; hit: HitOf<'country'> }
  /** A known full name or surname, with the title and country words right before it. */
  | { kind: 'person'; span: Span; person: HitOf<'name'> | HitOf<'surname'>; title: HitOf<'title'> | null; qualifiers: HitOf<'country'>[] }
  /** An office without a name: "Japan's foreign minister", "Foreign ministers from South Korea and Japan". */
  | { kind: 'office'; span: Span; title: HitOf<'title'>; country: HitOf<'country'> }
  /** "the president": the title alone, pointing back to someone already named. */
  | { kind: 'anaphor'; span: Span; title: HitOf<'title'> }
  /** A name-like span the gazetteer does not know, announced by a role. */
  | { kind: 'unknown'; span: Span; role: string; title: HitOf<'title'> | null; country: HitOf<'country'> | null };

export const GAPS = {
  /** country word → title: "Japan's", "Russia's visiting", "South Korean", "Japan" ("Japan PM"). */
  qualifier: /^(?:'s|’s)?\s+(?:(?:visiting|new|newly[- ]elected|incoming|outgoing|then|top|current|de facto)\s+)*$/,
  /** between countries of a list: "South Korea and Japan", "the US, South Korea, and Japan". */
  list: /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/,
  /** title → name: "President Lee". */
  name: /^\s+$/,
  /** plural title → its countries: "ministers from", "leaders of the". */
  countries: /^\s+(?:from|of)\s+(?:the\s+)?$/,
  /** text ending right before the country words of a former office: "a former Japanese prime minister". */
  former: /(?:^|\s)[Ff]ormer\s+$/,
  /** text ending right before an anaphoric title: "the president". */
  anaphor: /(?:^|\s)[Tt]he\s+$/,
} as const;

const isKind = <K extends Hit['kind']>(h: Hit | undefined, ...kinds: K[]): h is HitOf<K> => !!h && (kinds as string[]).includes(h.kind);
const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
/** Longest country list read around one title ("leaders of the G20" lists stay far below). */
const MAX_LIST = 30;
const ROLE_STOP = /^(?:the|a|an|and|of|with|by|to|for|his|her|its|their|said|says|former|is|was)$/i;
const CUE = new RegExp(`\\b(${CUE_WORDS.join('|')})\\b`, 'gi');

/** The phrases of text[start, end) (one block), from the lexicon hits inside it. */
export function parsePhrases(text: string, hits: readonly Hit[], start = 0, end = text.length): Phrase[] {
  const out: Phrase[] = [];
  const used = new Set<Hit>();
  const boundaries = new Set(hits.filter((h) => h.kind !== 'surname' && h.kind !== 'name').map((h) => h.start));
  const stops = (offset: number) => boundaries.has(offset);

  /** Country words listed right before hit k: "South Korea and Japan’s", "South Korean". */
  const qualifiersBefore = (k: number): HitOf<'country'>[] => {
    const list: HitOf<'country'>[] = [];
    for (let j = k - 1, gap = GAPS.qualifier; j >= 0 && list.length < MAX_LIST; j--, gap = GAPS.list) {
      const h = hits[j];
      if (!isKind(h, 'country') || h.form === 'capital' || !gap.test(text.slice(h.end, hits[j + 1]!.start))) break;
      list.unshift(h);
    }
    return list;
  };
  /** Countries listed after a plural title: "ministers from South Korea and Japan". */
  const countriesAfter = (k: number): HitOf<'country'>[] => {
    const list: HitOf<'country'>[] = [];
    for (let j = k + 1, gap = GAPS.countries; j < hits.length && list.length < MAX_LIST; j++, gap = GAPS.list) {
      const h = hits[j];
      if (!isKind(h, 'country') || h.form === 'capital' || !gap.test(text.slice(hits[j - 1]!.end, h.start))) break;
      list.push(h);
    }
    return list;
  };
  /** "a former Japanese prime minister": "former" before the country words makes the title its former role. */
  const formerBefore = (title: HitOf<'title'>, at: number): HitOf<'title'> => {
    const former = roles.find((r) => r.former === title.role.id);
    return former && GAPS.former.test(text.slice(Math.max(0, at - 10), at)) ? { ...title, role: former } : title;
  };
  /** A surname followed by more capitalised words is part of a longer name the gazetteer does not know. */
  const continues = (h: Hit) => /^ \p{Lu}\p{Ll}/u.test(text.slice(h.end, h.end + 3)) && !isNotName(/^\S*/.exec(text.slice(h.end + 1, h.end + 40))![0].replace(/[,.;:]+$/, '')) && !stops(h.end + 1);
  /** "Hunter Biden": a capitalised word right before a surname (not a known title or country) is a first name. */
  const preceded = (h: Hit, k: number) => {
    const m = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, h.start - 40), h.start));
    const prev = hits[k - 1];
    return !!m && !isNotName(m[1]!) && !(prev && prev.end === h.start - m[0].length + m[1]!.length);
  };

  hits.forEach((title, k) => {
    if (!isKind(title, 'title')) return;
    const qualifiers = qualifiersBefore(k);
    const h = qualifiers.length ? formerBefore(title, qualifiers[0]!.start) : title;
    const next = hits[k + 1];
    if (isKind(next, 'name', 'surname') && GAPS.name.test(text.slice(h.end, next.start)) && !(next.kind === 'surname' && continues(next))) {
      used.add(next);
      out.push({ kind: 'person', span: span(text, h.start, next.end), person: next, title: h, qualifiers });
      return;
    }
    const unknown = /\s/.test(text[h.end] ?? '') && !h.plural ? nameAt(text, h.end + 1, 1, stops) : null;
    if (unknown && unknown.end <= end) {
      out.push({ kind: 'unknown', span: unknown, role: h.role.label, title: h, country: qualifiers.at(-1) ?? null });
      return;
    }
    const after = h.plural ? countriesAfter(k) : [];
    for (const c of after.length ? after : qualifiers) out.push({ kind: 'office', span: span(text, h.start, h.end), title: h, country: c });
    if (!h.plural && !qualifiers.length && GAPS.anaphor.test(text.slice(Math.max(0, h.start - 5), h.start))) {
      out.push({ kind: 'anaphor', span: span(text, h.start, h.end), title: h });
    }
  });

  hits.forEach((h, k) => {
    if (isKind(h, 'country')) out.push({ kind: 'country', span: span(text, h.start, h.end), hit: h });
    if (isKind(h, 'name') && !used.has(h)) out.push({ kind: 'person', span: span(text, h.start, h.end), person: h, title: null, qualifiers: [] });
    if (isKind(h, 'surname') && !used.has(h) && !continues(h) && !preceded(h, k)) {
      out.push({ kind: 'person', span: span(text, h.start, h.end), person: h, title: null, qualifiers: [] });
    }
  });

  out.push(...cuedUnknowns(text, hits, stops, start, end));
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** "Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov": a role cue word, then an unknown name. */
function cuedUnknowns(text: string, hits: readonly Hit[], stops: (o: number) => boolean, start: number, end: number): Phrase[] {
  const out: Phrase[] = [];
  const covered = new Uint8Array(end - start);
  for (const h of hits) covered.fill(1, h.start - start, h.end - start);
  const inside = (o: number) => covered[o - start] === 1;
  for (const m of text.slice(start, end).matchAll(CUE)) {
    const at = start + m.index;
    const cueEnd = at + m[0].length;
    const gap = /^,?\s+/.exec(text.slice(cueEnd));
    if (inside(at) || !gap) continue;
    const name = nameAt(text, cueEnd + gap[0].length, 2, stops);
    if (!name || name.end > end || hits[firstFrom(hits, name.start)]?.start === name.start) continue;
    // The role words: up to three words before the cue, back to a country word or a function word.
    let roleStart = at;
    for (let i = 0; i < 3; i++) {
      const w = /(?:^|[^\p{L}'’-])([\p{L}-]+\s+)$/u.exec(text.slice(Math.max(0, roleStart - 40), roleStart));
      if (!w || ROLE_STOP.test(w[1]!.trim()) || inside(roleStart - w[1]!.length)) break;
      roleStart -= w[1]!.length;
    }
    const before = hits[firstFrom(hits, roleStart) - 1];
    const country = isKind(before, 'country') && GAPS.qualifier.test(text.slice(before.end, roleStart)) ? before : null;
    const role = text.slice(roleStart, cueEnd).replace(/\s+/g, ' ').toLowerCase();
    out.push({ kind: 'unknown', span: name, role, title: null, country: country ?? null });
  }
  return out;
}
