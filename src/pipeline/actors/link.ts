import type { GazetteerCountry, GazetteerPerson } from '../types';
import type { GazetteerRole } from './gazetteer';
import type { Phrase } from './phrases';
import { resolveSurname } from './resolve';
import { officeHolders, tenuresForTitle, type Window } from './tenure';

// One rule per phrase kind: what a phrase stands for, given its date and what its story has said so far.

/** What a story has named: everyone anywhere in it (corroborates offices), and who was linked so far. */
export interface Story {
  named: ReadonlySet<GazetteerPerson>;
  /** Linked so far, most recent last, each once. */
  linked: Set<GazetteerPerson>;
}

/** How far back "the president" may look, in distinct people. */
const ANAPHOR_REACH = 20;

export type Decision =
  | { kind: 'linked'; person: GazetteerPerson; title: GazetteerRole | undefined; rule: string; reason: string }
  | { kind: 'unlinked'; role: string | null; country: string | null; rule: string; reason: string }
  | { kind: 'country'; country: GazetteerCountry; rule: string; reason: string }
  | null;

type Linker<K extends Phrase['kind']> = (p: Extract<Phrase, { kind: K }>, story: Story, when: Window) => Decision;

const HOW = { capital: 'capital standing for its country', demonym: 'demonym', name: 'country name' } as const;

const country: Linker<'country'> = (p) => ({
  kind: 'country', country: p.hit.country, rule: `country.${p.hit.form}`, reason: `"${p.span.text}": ${HOW[p.hit.form]}, ${p.hit.country.name}`,
});

const person: Linker<'person'> = (p, story, when) => {
  const title = p.title?.role;
  if (p.person.kind === 'name') {
    const who = p.person.person;
    if (!title) return { kind: 'linked', person: who, title, rule: 'person.name', reason: `full name of ${who.name}` };
    const fits = tenuresForTitle(who, title, when).length > 0;
    const reason = `"${p.title!.text}" + full name of ${who.name}${fits ? '' : ` (not ${title.label} at that date)`}`;
    return { kind: 'linked', person: who, title, rule: fits ? 'person.title-name' : 'person.title-name-unconfirmed', reason };
  }
  const code = p.qualifiers.at(-1)?.country.code ?? null;
  const r = resolveSurname({ surname: p.person.text, candidates: p.person.people, title: title ?? null, country: code, window: when, antecedents: story.linked });
  return r.person
    ? { kind: 'linked', person: r.person, title, rule: r.rule, reason: r.reason }
    : { kind: 'unlinked', role: title?.label ?? null, country: code, rule: r.rule, reason: r.reason };
};

const office: Linker<'office'> = (p, story, when) => {
  const role = p.title.role;
  const { code, name } = p.country.country;
  const holders = officeHolders(role, code, when);
  const named = holders.filter((h) => story.named.has(h));
  const what = `${role.label} of ${name}`;
  if (named.length === 1) {
    return { kind: 'linked', person: named[0]!, title: role, rule: 'person.office-corroborated', reason: `${what} at that date was ${named[0]!.name}, who is named in the same story` };
  }
  const why = holders.length ? `${what} at that date: ${holders.map((h) => h.name).join(', ')}, ${named.length ? 'more than one' : 'not'} named in the story` : `no known ${what} at that date`;
  return { kind: 'unlinked', role: role.label, country: code, rule: 'person.office-unlinked', reason: why };
};

const anaphor: Linker<'anaphor'> = (p, story, when) => {
  const who = [...story.linked].slice(-ANAPHOR_REACH).reverse().find((a) => tenuresForTitle(a, p.title.role, when).length > 0);
  return who ? { kind: 'linked', person: who, title: p.title.role, rule: 'person.title-anaphor', reason: `"${p.span.text}" refers back to ${who.name}, ${p.title.role.label} at that date` } : null;
};

/** The rule of a name the gazetteer does not know, kept because a role cue precedes it ("Lt. Gen. Kyrylo Budanov"). */
export const UNKNOWN_PERSON_RULE = 'person.unknown-with-role';

const unknown: Linker<'unknown'> = (p) => ({
  kind: 'unlinked', role: p.role, country: p.country?.country.code ?? null, rule: UNKNOWN_PERSON_RULE, reason: `unknown name after the role "${p.role}"`,
});

const LINKERS: { [K in Phrase['kind']]: Linker<K> } = { country, person, office, anaphor, unknown };

export function decide(p: Phrase, story: Story, when: Window): Decision {
  return (LINKERS[p.kind] as Linker<Phrase['kind']>)(p as never, story, when);
}
