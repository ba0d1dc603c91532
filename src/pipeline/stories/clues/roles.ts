import { people, roles } from '../../actors/gazetteer';
import type { GazetteerPerson } from '../../types';
import type { Span } from '../window';
import type { Evidence, Piece } from './evidence';

// Role clues: a title written before a known name ("President-elect Donald Trump", "Impeached South Korean
// President Yoon Suk Yeol") or in apposition after it ("Shigeru Ishiba, a former Japanese prime minister") allows
// only the days the person held that role (gazetteer tenures; a title also covers the roles it `includes`).
// "former R" allows the days after a tenure of R while not holding R. "then-President" dates nothing.

export const ROLE_STRENGTH = 0.8;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ').replace(/\.$/, '');
const pattern = (s: string) => s.split(/[\s-]+/).map(escape).join('[\\s-]+');

/** Modifier word → how it changes the title's role id. */
const MODIFIERS: Record<string, (role: string) => string | null> = {
  former: (r) => roles.find((x) => x.former === r)?.id ?? `former:${r}`,
  'ex-': (r) => roles.find((x) => x.former === r)?.id ?? `former:${r}`,
  acting: (r) => `acting-${r}`,
  interim: (r) => `acting-${r}`,
  impeached: (r) => `suspended-${r}`,
  suspended: (r) => `suspended-${r}`,
  'then-': () => null,
  then: () => null,
};

const titleRole = new Map(roles.flatMap((r) => r.titles.map((t) => [key(t), r.id] as const)));
/** Each word's first letter in either case ("former President" also matches "Former president"); the rest as written. */
const anyCase = (s: string) =>
  s.split(/[\s-]+/).filter(Boolean).map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escape(w.slice(1))}`).join('[\\s-]+') + (s.endsWith('-') ? '-' : '');
const TITLES = roles.flatMap((r) => r.titles).sort((a, b) => b.length - a.length).map(anyCase).join('|');
const MOD = `(${Object.keys(MODIFIERS).sort((a, b) => b.length - a.length).map(anyCase).join('|')})\\s*`;
/** Up to three capitalised words between a modifier and the title ("Impeached South Korean President"). */
const BETWEEN = "(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}?";
const BEFORE = new RegExp(`(?:(?<![\\p{L}-])${MOD}${BETWEEN})?(?<![\\p{L}-])(${TITLES})\\s+$`, 'u');
const AFTER = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:${MOD}${BETWEEN})?(${TITLES})(?![\\p{L}'’])`, 'u');

const forms = new Map<string, GazetteerPerson[]>();
for (const p of people)
  for (const f of new Set([p.name, ...p.aliases, ...p.surnames])) forms.set(key(f), [...(forms.get(key(f)) ?? []), p]);
const NAMES = new RegExp(`(?<![\\p{L}-])(${[...forms.keys()].sort((a, b) => b.length - a.length).map(pattern).join('|')})(?![\\p{L}-])`, 'giu');

const covering = (role: string) => new Set([role, ...(roles.find((r) => r.id === role)?.includes ?? [])]);

/** Days a person held `role` (or a role it includes). */
function held(person: GazetteerPerson, role: string): Span[] {
  const covered = covering(role);
  return person.roles.filter((t) => covered.has(t.role)).map((t) => ({ from: t.from, to: t.to }));
}

/** Days after a tenure of `role` ended while the person did not hold it again (contiguous tenures merged). */
function after(person: GazetteerPerson, role: string): Span[] {
  const merged: Span[] = [];
  for (const t of held(person, role).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))) {
    const last = merged.at(-1);
    if (last && last.to !== null && t.from !== null && t.from <= last.to) last.to = t.to === null || t.to > last.to ? t.to : last.to;
    else merged.push({ ...t });
  }
  return merged.filter((t) => t.to !== null).map((t, i) => ({ from: t.to, to: merged[i + 1]?.from ?? null }));
}

/** Days `role` applied to the person; a "former R" role uses its own tenures when recorded, else the days after R. */
export function roleSpans(person: GazetteerPerson, role: string): Span[] {
  if (role.startsWith('former:')) return after(person, role.slice(7));
  const former = roles.find((r) => r.id === role)?.former;
  const own = held(person, role);
  return former && own.length === 0 ? after(person, former) : own;
}

export function roleClues(piece: Piece): Evidence[] {
  const out: Evidence[] = [];
  for (const m of piece.text.matchAll(NAMES)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const before = BEFORE.exec(piece.text.slice(Math.max(0, m.index - 80), m.index));
    const after = before ? null : AFTER.exec(piece.text.slice(m.index + m[0].length));
    const found = before ?? after;
    if (!found) continue;
    const base = titleRole.get(key(found[2]!))!;
    const modifier = found[1]?.toLowerCase().trim();
    const role = modifier ? MODIFIERS[modifier]!(base) : base;
    if (role === null) continue;
    const candidates = forms.get(key(m[0]))!;
    const allowed = candidates.flatMap((p) => roleSpans(p, role));
    if (allowed.length === 0) continue;
    const start = before ? m.index - before[0].length : m.index;
    const end = before ? m.index + m[0].length : m.index + m[0].length + after![0].length;
    const who = candidates.map((p) => p.name).join(' or ');
    out.push({
      clue: { kind: 'role', text: piece.text.slice(start, end), start: piece.start + start, end: piece.start + end, rule: `role.${before ? 'title' : 'apposition'}`,
        reason: `${who} was ${found[0].trim().replace(/^,\s*/, '')} only ${allowed.map((s) => `${s.from ?? '…'}–${s.to ?? 'now'}`).join(' or ')}` },
      allowed,
      strength: ROLE_STRENGTH,
    });
  }
  return out;
}
