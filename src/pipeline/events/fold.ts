import { DIPLOMATIC } from './lexicon';
import type { TimelineEvent } from '../types';

// Within one story, an undated ('reported') diplomatic sentence usually tells more about an encounter the story has
// already dated: "At their press conference, Iwaya … reiterated …", "The leaders issued a joint statement …". Such a
// report is folded into that encounter as a further source instead of becoming an event of its own, when
//   (a) it refers back ("they", "the leaders", "the meeting", …) and its people are the encounter's, or the encounter
//       has none and gets them from it; or
//   (b) it names only people of the encounter, or no people and at least two of its countries,
//       and the encounter happened by the time it was reported.

/** Anaphoric references to participants or to the encounter itself. */
export const ANAPHORA = /\b(?:they|their|them|both sides|the (?:two |three |)(?:sides|leaders|ministers|nations|countries)|the (?:meeting|talks|summit|call|conversation|statement|declaration))\b/iu;

export interface Draft {
  event: TimelineEvent;
  story: number;
  anaphoric: boolean;
}

const ids = (e: TimelineEvent) => e.actors.map((a) => a.id);
/** A dated report beats an undated one, one with people beats one without, an encounter beats a statement. */
const strength = (e: TimelineEvent) => (e.dating === 'happened' ? 4 : 0) + (e.actors.length > 0 ? 2 : 0) + (ENCOUNTERS.includes(e.type!) ? 1 : 0);
const ENCOUNTERS = ['meeting', 'call', 'visit'];
const diplomatic = (e: TimelineEvent) => DIPLOMATIC.includes(e.type as (typeof DIPLOMATIC)[number]);

function fits(r: Draft, t: Draft): boolean {
  const [re, te] = [r.event, t.event];
  if (t.story !== r.story || !diplomatic(te) || re.dating !== 'reported') return false;
  if (re.ordinal !== undefined && te.ordinal !== undefined && re.ordinal !== te.ordinal) return false;
  if (strength(te) < strength(re) || (strength(te) === strength(re) && te.start >= re.start)) return false;
  const subset = ids(re).every((id) => ids(te).includes(id));
  if (r.anaphoric && te.start < re.start && (subset || te.actors.length === 0)) return true;
  if (te.date.from > re.date.to) return false;
  if (re.actors.length) return subset;
  return re.countries.filter((c) => te.countries.includes(c)).length >= Math.min(2, te.countries.length);
}

/** Folds reports into the encounters they elaborate; returns the remaining events in text order. */
export function fold(drafts: readonly Draft[]): TimelineEvent[] {
  const into = new Map<Draft, Draft>();
  for (const r of drafts) {
    if (!diplomatic(r.event)) continue;
    const candidates = drafts.filter((t) => t !== r && !into.has(t) && fits(r, t));
    const preferred = (t: Draft) => [t.event.actors.length > 0 ? 0 : 1, Math.abs(t.event.start - r.event.start)] as const;
    const target = candidates.sort((a, b) => preferred(a)[0] - preferred(b)[0] || preferred(a)[1] - preferred(b)[1])[0];
    if (target) into.set(r, target);
  }
  const root = (d: Draft): Draft => (into.has(d) ? root(into.get(d)!) : d);
  const out = new Map<Draft, TimelineEvent>();
  for (const d of drafts) {
    const host = root(d);
    const e = out.get(host) ?? host.event;
    out.set(host, d === host ? e : absorb(e, d.event));
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

function absorb(host: TimelineEvent, r: TimelineEvent): TimelineEvent {
  const actors = [...new Map([...host.actors, ...r.actors].map((a) => [a.id, a])).values()];
  const countries = host.actors.length === 0 && r.actors.length > 0 ? [...new Set([...host.countries, ...r.countries])].sort() : host.countries;
  return {
    ...host,
    actors,
    countries,
    sources: [...host.sources, ...r.sources],
    aliases: [...(host.aliases ?? []), r.id, ...(r.aliases ?? [])],
    reason: `${host.reason}; with a further report of it: '${r.title}'`,
  };
}
