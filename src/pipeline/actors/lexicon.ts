import type { GazetteerCountry, GazetteerPerson } from '../types';
import { countries, type GazetteerRole, nonCountryPhrases, people, roles } from './gazetteer';
import { foldAccents, nameVariants, pluralTitle } from './variants';

// The whole gazetteer compiled, once at load, into one character trie keyed by lower-cased text. `scan` walks the
// text once, taking at each word start the longest form that ends on a word boundary: linear in the text.

export type Entry =
  | { kind: 'name'; person: GazetteerPerson }
  | { kind: 'surname'; people: GazetteerPerson[] }
  | { kind: 'country'; country: GazetteerCountry; form: 'name' | 'demonym' | 'capital' }
  | { kind: 'title'; role: GazetteerRole; plural: boolean }
  | { kind: 'not-country'; reason: string };

export type Hit = { start: number; end: number; text: string } & Entry;

interface Form {
  /** Exact spellings accepted; null = any letter case (titles: "Prime Minister", "prime minister"). */
  exact: Set<string> | null;
  entry: Entry;
}

interface Node {
  next: Map<string, Node>;
  forms: Form[];
}

/** What an entry stands for: two different things may not share one spelling. */
function identity(e: Entry): string {
  if (e.kind === 'name') return `person ${e.person.id}`;
  if (e.kind === 'country') return `country ${e.country.code}`;
  if (e.kind === 'title') return `role ${e.role.id}`;
  return e.kind;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const norm = (c: string) => (c === '\u2019' ? "'" : c === '\u00a0' ? ' ' : c.toLowerCase());

export class Lexicon {
  private readonly root: Node = { next: new Map(), forms: [] };

  /** Adds a form; a spelling shared by two people, countries or roles throws (surnames gather all their people). */
  add(text: string, entry: Entry, anyCase = false): void {
    let node = this.root;
    for (const c of text) {
      const key = norm(c);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), forms: [] }));
      node = child;
    }
    const same = node.forms.find((f) => f.entry.kind === entry.kind);
    if (!same) return void node.forms.push({ exact: anyCase ? null : new Set([text]), entry });
    if (same.entry.kind === 'surname' && entry.kind === 'surname') {
      for (const p of entry.people) if (!same.entry.people.includes(p)) same.entry.people.push(p);
    } else if (identity(same.entry) !== identity(entry)) {
      throw new Error(`lexicon: "${text}" would name both ${identity(same.entry)} and ${identity(entry)}`);
    }
    same.exact?.add(text);
  }

  /** All non-overlapping hits, left to right, longest first at each word start. */
  scan(text: string): Hit[] {
    const hits: Hit[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = isWordChar(text[i]) && !isWordChar(text[i - 1]) ? this.longestAt(text, i) : null;
      if (hit) hits.push(hit);
      i = hit ? hit.end : i + 1;
    }
    return hits;
  }

  private longestAt(text: string, start: number): Hit | null {
    let node: Node | undefined = this.root;
    let best: Hit | null = null;
    for (let i = start; node && i < text.length; i++) {
      node = node.next.get(norm(text[i]!));
      if (!node || node.forms.length === 0 || isWordChar(text[i + 1])) continue;
      const surface = text.slice(start, i + 1);
      const spelled = surface.replace(/\u2019/g, "'").replace(/\u00a0/g, ' ');
      const form = node.forms.find((f) => f.exact === null || f.exact.has(spelled));
      if (form) best = { start, end: i + 1, text: surface, ...form.entry };
    }
    return best;
  }
}

/** Compiles the gazetteer tables (names, blocked phrases, countries, titles, then surnames). */
export function compileLexicon(): Lexicon {
  const lex = new Lexicon();
  for (const person of people) {
    for (const form of [person.name, ...person.aliases].flatMap(nameVariants)) lex.add(form, { kind: 'name', person });
  }
  for (const phrase of nonCountryPhrases) lex.add(phrase.text, { kind: 'not-country', reason: phrase.reason });
  for (const country of countries) {
    for (const form of [country.name, ...country.aliases]) lex.add(form, { kind: 'country', country, form: 'name' });
    for (const form of country.demonyms) lex.add(form, { kind: 'country', country, form: 'demonym' });
    for (const form of country.capitals) lex.add(form, { kind: 'country', country, form: 'capital' });
  }
  for (const role of roles) {
    for (const title of role.titles) {
      const acronym = title === title.toUpperCase();
      lex.add(title, { kind: 'title', role, plural: false }, !acronym);
      const plural = pluralTitle(title);
      if (plural) lex.add(plural, { kind: 'title', role, plural: true }, !acronym);
    }
  }
  for (const person of people) {
    for (const surname of person.surnames) {
      for (const form of new Set([surname, foldAccents(surname)])) lex.add(form, { kind: 'surname', people: [person] });
    }
  }
  return lex;
}

export const lexicon = compileLexicon();
