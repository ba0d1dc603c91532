import type { GazetteerPerson } from '../types';
import type { GazetteerRole } from './gazetteer';
import { isUnknown, tenuresForTitle, type Window } from './tenure';

// Which known person a surname stands for ("Lee", "President Lee", "South Korean President Lee"). The clues are
// the title (held at the date), the country word, and who the story has already named; when they disagree or
// leave more than one person, the mention stays unlinked.

export interface SurnameClues {
  surname: string;
  candidates: readonly GazetteerPerson[];
  title: GazetteerRole | null;
  country: string | null;
  window: Window;
  /** People already linked earlier in the same story. */
  antecedents: ReadonlySet<GazetteerPerson>;
}

export interface Resolution {
  person: GazetteerPerson | null;
  rule: string;
  reason: string;
}

const names = (ps: readonly GazetteerPerson[]) => ps.map((p) => p.name).join(', ');
const linked = (person: GazetteerPerson, rule: string, reason: string): Resolution => ({ person, rule, reason });
const unlinked = (rule: string, reason: string): Resolution => ({ person: null, rule, reason });

export function resolveSurname(c: SurnameClues): Resolution {
  const named = c.candidates.filter((p) => c.antecedents.has(p));
  if (!c.title) {
    if (named.length === 1) return linked(named[0]!, 'person.surname-antecedent', `"${c.surname}" after ${named[0]!.name} was named earlier in the story`);
    return named.length
      ? unlinked('person.surname-ambiguous', `"${c.surname}" could be any of ${names(named)}, all named earlier`)
      : unlinked('person.surname-no-antecedent', `"${c.surname}" alone, and no ${c.surname} was named earlier in the story`);
  }
  const title = c.title;
  const inCountry = c.country ? c.candidates.filter((p) => p.roles.some((t) => t.country === c.country)) : c.candidates;
  const everHeld = inCountry.filter((p) => tenuresForTitle(p, title, { from: null, to: null }).length > 0);
  const cue = `"${title.label}" ${c.surname}${c.country ? ` (${c.country})` : ''}`;
  if (!everHeld.length) return unlinked('person.title-surname-unknown', `no known ${c.surname} was ever ${title.label}${c.country ? ` of ${c.country}` : ''}`);
  if (isUnknown(c.window)) {
    const pool = everHeld.length === 1 ? everHeld : everHeld.filter((p) => named.includes(p));
    return pool.length === 1
      ? linked(pool[0]!, 'person.title-surname', `${cue}: ${pool[0]!.name}${everHeld.length > 1 ? ', named earlier in the story' : ', the only one who held it'} (date unknown)`)
      : unlinked('person.title-surname-ambiguous', `${cue}: date unknown and ${names(everHeld)} all held it`);
  }
  const atDate = everHeld.filter((p) => tenuresForTitle(p, title, c.window).length > 0);
  const earlier = named.filter((p) => everHeld.includes(p));
  if (atDate.length === 1 && (earlier.length === 0 || earlier.includes(atDate[0]!))) {
    return linked(atDate[0]!, 'person.title-surname-date', `${cue} at that date was ${atDate[0]!.name}`);
  }
  if (atDate.length === 1) {
    return unlinked('person.title-surname-conflict', `${cue} at that date was ${atDate[0]!.name}, but the story named ${names(earlier)}`);
  }
  const both = atDate.filter((p) => earlier.includes(p));
  if (both.length === 1) return linked(both[0]!, 'person.title-surname-date', `${cue}: ${both[0]!.name}, in office then and named earlier in the story`);
  return unlinked(
    'person.title-surname-ambiguous',
    atDate.length ? `${cue}: ${names(atDate)} all held it at that date` : `${cue}: none of ${names(everHeld)} held it at that date`,
  );
}
