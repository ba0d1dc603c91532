import type { ActorMention, Block, GazetteerPerson, Sentence, Timex } from '../types';
import { dateMention } from './dating';
import { people } from './gazetteer';
import { lexicon } from './lexicon';
import { parsePhrases, type Phrase } from './phrases';
import { resolveSurname } from './resolve';
import { firstFrom, within } from './spans';
import { describe, officeHolders, tenuresForTitle } from './tenure';

// Actor matching: the lexicon finds every gazetteer form in one pass, the phrase grammar groups them, and each
// story (its blocks share a publication context) is resolved in reading order, remembering who it has named.
// Boilerplate blocks are skipped. Every mention carries its rule id and reason.

export function matchActors(text: string, blocks: readonly Block[], sentences: readonly Sentence[], timexes: readonly Timex[]): ActorMention[] {
  const hits = lexicon.scan(text);
  const dated = [...timexes].sort((a, b) => a.start - b.start);
  const stories = new Map<string, Block[]>();
  for (const b of blocks) {
    if (b.kind === 'boilerplate') continue;
    const key = b.story >= 0 ? `story ${b.story}` : `block ${b.start}`;
    stories.set(key, [...(stories.get(key) ?? []), b]);
  }
  const out: ActorMention[] = [];
  for (const story of stories.values()) {
    const phrases = story.flatMap((b) => parsePhrases(text, within(hits, b.start, b.end), b.start, b.end).map((p) => ({ p, b })));
    out.push(...matchStory(phrases.sort((x, y) => x.p.span.start - y.p.span.start), sentences, dated));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The sentence holding an offset (sentences sorted and disjoint). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const s = sentences[firstFrom(sentences, offset + 1) - 1];
  return s && offset < s.end ? s : undefined;
}

/** One story's mentions, in reading order; `timexes` sorted by start. */
function matchStory(phrases: { p: Phrase; b: Block }[], sentences: readonly Sentence[], timexes: readonly Timex[]): ActorMention[] {
  // Everyone the story names anywhere, by full name or surname: what corroborates an office ("Japan's foreign minister").
  const namedInStory = new Set<GazetteerPerson>();
  for (const { p } of phrases) {
    if (p.kind !== 'person') continue;
    for (const person of p.person.kind === 'name' ? [p.person.person] : p.person.people) namedInStory.add(person);
  }
  const antecedents: GazetteerPerson[] = [];
  const seen = new Set<GazetteerPerson>();
  const out: ActorMention[] = [];
  for (const { p, b } of phrases) {
    const sentence = sentenceAt(sentences, p.span.start);
    const when = dateMention(p.span.start, sentence, b, sentence ? within(timexes, sentence.start, sentence.end) : []);
    const base = { start: p.span.start, end: p.span.end, text: p.span.text };
    const person = (who: GazetteerPerson, rule: string, reason: string, title = p.kind === 'person' || p.kind === 'office' ? p.title?.role : undefined) => {
      antecedents.push(who);
      seen.add(who);
      const at = describe(who, when, title);
      out.push({ ...base, kind: 'person', actorId: who.id, name: who.name, country: at.country, role: at.role, rule, reason: `${reason}; dated by ${when.source}` });
    };
    const unlinked = (role: string | null, country: string | null, rule: string, reason: string) =>
      out.push({ ...base, kind: 'person', actorId: null, name: p.span.text, country, role, rule, reason: `${reason}; dated by ${when.source}` });

    if (p.kind === 'country') {
      const { country, form } = p.hit;
      const how = form === 'capital' ? 'capital standing for its country' : form === 'demonym' ? 'demonym' : 'country name';
      out.push({ ...base, kind: 'country', actorId: country.code, name: country.name, country: country.code, role: null, rule: `country.${form}`, reason: `"${p.span.text}": ${how}, ${country.name}` });
    } else if (p.kind === 'person' && p.person.kind === 'name') {
      const who: GazetteerPerson = p.person.person;
      const fits = p.title ? tenuresForTitle(who, p.title.role, when).length > 0 : true;
      const rule = p.title ? (fits ? 'person.title-name' : 'person.title-name-unconfirmed') : 'person.name';
      person(who, rule, p.title ? `"${p.title.text}" + full name of ${who.name}${fits ? '' : ` (not ${p.title.role.label} at that date)`}` : `full name of ${who.name}`);
    } else if (p.kind === 'person' && p.person.kind === 'surname') {
      const country = p.qualifiers.at(-1)?.country.code ?? null;
      const r = resolveSurname({ surname: p.person.text, candidates: p.person.people, title: p.title?.role ?? null, country, window: when, antecedents: seen });
      if (r.person) person(r.person, r.rule, r.reason);
      else unlinked(p.title?.role.label ?? null, country, r.rule, r.reason);
    } else if (p.kind === 'office') {
      const role = p.title.role;
      const code = p.country.country.code;
      const holders = officeHolders(people, role, code, when);
      const named = holders.filter((h) => namedInStory.has(h));
      const office = `${role.label} of ${p.country.country.name}`;
      if (named.length === 1) person(named[0]!, 'person.office-corroborated', `${office} at that date was ${named[0]!.name}, who is named in the same story`);
      else unlinked(role.label, code, 'person.office-unlinked', holders.length ? `${office} at that date: ${holders.map((h) => h.name).join(', ')}, ${named.length ? 'more than one' : 'not'} named in the story` : `no known ${office} at that date`);
    } else if (p.kind === 'anaphor') {
      const who = [...antecedents].reverse().find((a) => tenuresForTitle(a, p.title.role, when).length > 0);
      if (who) person(who, 'person.title-anaphor', `"${p.span.text}" refers back to ${who.name}, ${p.title.role.label} at that date`);
    } else if (p.kind === 'unknown') {
      unlinked(p.role, p.country?.country.code ?? null, 'person.unknown-with-role', `unknown name after the role "${p.role}"`);
    }
  }
  return out;
}
