import { UNKNOWN_PERSON_RULE } from '../actors';
import type { ActorMention } from '../types';
import type { Region } from './clauses';
import { inside, type Span } from './quotes';
import type { Trigger } from './triggers';

// Who takes part in a happening: the linked people of its region, plus the person a pronoun, a relative pronoun or
// a subject-less gerund points back to ("over HIS imposition of martial law", "WHO was impeached", "since TAKING
// office"). Countries: the people's countries and, for a happening without people, the countries its region names
// (not as a topic: "Russian energy").

/** Codes in the country table that are not countries (supranational bodies). */
export const NOT_COUNTRIES: readonly string[] = ['EU', 'UN'];
/** Kinds with participants on both sides of the verb; for the others the people before it are the actors. */
export const TWO_SIDED: readonly string[] = ['meeting', 'call', 'agreement', 'appointment'];

const SINGULAR = /\b(?:he|she|his|her)\b/iu;
const PLURAL = /\b(?:they|their|them)\b/iu;
const GERUND = /^\s*\p{L}+ing\b/u;
const POSSESSIVE = /^['’]s/u;
/** People named through someone else: "Lee's predecessor, Yoon Suk Yeol, visited Tokyo" is Yoon's visit, not Lee's. */
const RELATIONS = [
  'predecessor', 'successor', 'wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'mother', 'father', 'brother',
  'sister', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney', 'rival',
  'deputy', 'envoy', 'biographer',
];
const RELATION = new RegExp(`^['’]s\\s+(?:former\\s+|late\\s+|top\\s+|chief\\s+)?(?:${RELATIONS.join('|')})\\b`, 'iu');

/**
 * Nouns that make a demonym's country take part ("Russian troops", "Ukrainian officials", "North Korean missiles");
 * before any other common noun a demonym names a topic ("weaning itself off Russian energy") and counts for no one.
 */
const AGENT_NOUNS = new Set([
  'official', 'officials', 'leader', 'leaders', 'government', 'authorities', 'administration', 'regime', 'state',
  'president', 'prime', 'premier', 'minister', 'ministers', 'ministry', 'foreign', 'defence', 'defense', 'delegation',
  'delegates', 'diplomat', 'diplomats', 'envoy', 'envoys', 'negotiators', 'counterpart', 'counterparts', 'side',
  'lawmakers', 'legislators', 'parliament', 'embassy', 'military', 'army', 'navy', 'troops', 'forces', 'soldiers',
  'police', 'warships', 'warplanes', 'jets', 'drones', 'missiles', 'artillery', 'strikes', 'people', 'nationals',
  'citizens', 'team', 'and', 'or',
]);
const NEXT_WORD = /^[\s-]*(\p{L}+)/u;

/** A demonym before a common noun that is no agent: "Russian energy". */
function topicOnly(text: string, m: ActorMention): boolean {
  if (m.rule !== 'country.demonym') return false;
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24))?.[1];
  return next !== undefined && next === next.toLowerCase() && !AGENT_NOUNS.has(next);
}

export interface Participants {
  people: ActorMention[];
  /** Named people of the region whom the gazetteer does not know, found after a role cue (kept as unlinked actors). */
  unlinked: ActorMention[];
  countries: string[];
}

export interface Scope {
  text: string;
  region: Region;
  trigger: Trigger;
  /** Mentions of the sentence, in text order. */
  mentions: readonly ActorMention[];
  /** Linked people of the previous sentence of the same story (for a pronoun that opens a sentence). */
  previous: readonly ActorMention[];
  quotes: readonly Span[];
  /** Where the happening took place: countries named there are the setting, not participants. */
  place: Span | null;
}

const isPerson = (m: ActorMention) => m.kind === 'person' && m.actorId !== null;

export function participants(scope: Scope): Participants {
  const { text, region, trigger, mentions, quotes, place } = scope;
  const spoken = (m: ActorMention) => inside(quotes, m.start) || (place !== null && m.start >= place.start && m.end <= place.end);
  const inRegion = mentions.filter((m) => m.start >= region.start && m.end <= region.end && !spoken(m));
  // After the verb, "Donald Trump's administration" names an owner, not a participant; anywhere, "Lee's predecessor"
  // names someone else.
  const linked = inRegion.filter((m) => {
    const after = text.slice(m.end, m.end + 32);
    return isPerson(m) && !(m.start > trigger.start && POSSESSIVE.test(after)) && !RELATION.test(after);
  });
  const agents = linked.filter((m) => m.start < trigger.start);
  const people = agents.length && !TWO_SIDED.includes(trigger.rule.type) ? agents : linked;
  if (!agents.length) people.unshift(...antecedents(scope));
  const named = inRegion.filter((m) => m.kind === 'country' && (people.length === 0 || m.start < trigger.end) && !topicOnly(text, m));
  const countries = [...people, ...named].map((m) => m.country).filter((c): c is string => c !== null && !NOT_COUNTRIES.includes(c));
  const unlinked = inRegion.filter((m) => m.rule === UNKNOWN_PERSON_RULE);
  return { people: unique(people), unlinked, countries: [...new Set(countries)].sort() };
}

/** The people an anaphoric subject refers to, or none. */
function antecedents(scope: Scope): ActorMention[] {
  const { text, region, trigger } = scope;
  const lead = text.slice(region.start, trigger.start);
  const before = scope.mentions.filter((m) => isPerson(m) && m.end <= region.start);
  const opener = region.opener;
  const relative = opener === 'who' || opener === 'whose';
  const gerund = opener !== null && GERUND.test(text.slice(region.start + opener.length, trigger.end));
  if (SINGULAR.test(lead) || relative || gerund) {
    const nearest = before.at(-1) ?? scope.previous[0];
    return nearest ? [nearest] : [];
  }
  if (PLURAL.test(lead)) {
    if (unique(before).length >= 2) return before;
    if (unique([...scope.previous]).length >= 2) return [...scope.previous];
  }
  return [];
}

function unique(people: readonly ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return people.filter((m) => !seen.has(m.actorId!) && seen.add(m.actorId!) !== undefined);
}
