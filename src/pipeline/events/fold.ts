import { DIPLOMATIC } from './lexicon';
import type { TimelineEvent } from '../types';
import { unionPeople } from './people';

// Within one story, an undated ('reported') diplomatic sentence usually tells more about an encounter the story has
// already dated: "At their press conference, Iwaya … reiterated …", "The leaders issued a joint statement …". Such a
// report is folded into that encounter as a further source instead of becoming an event of its own, when
//   (a) it refers back ("they", "the leaders", "the meeting", …) and its people are the encounter's, or the encounter
//       has none and gets them from it, or it names the encounter by a definite noun ("… joined the talks"); or
//   (b) it names only people of the encounter, or no people and at least two of its countries, or it is the story's
//       headline (which announces the main encounter), and the encounter happened by the time it was reported.

/** Anaphoric references to participants or to the encounter itself. */
export const ANAPHORA = /\b(?:they|their|them|both sides|the (?:two |three |)(?:sides|leaders|ministers|nations|countries)|the (?:meeting|talks|summit|call|conversation|statement|declaration))\b/iu;

export interface Draft {
  event: TimelineEvent;
  story: number;
  /** Refers back to participants or to the encounter ("they", "the leaders", "In the meeting, …"). */
  anaphoric: boolean;
  /** Names the happening only by a definite noun ("joined the talks"): its people join that encounter. */
  definite: boolean;
  /** From the story's headline, which announces the story's main encounter. */
  headline: boolean;
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
  if ((r.anaphoric || r.definite) && te.start < re.start && (subset || r.definite || te.actors.length === 0)) return true;
  if (te.date.from > re.date.to) return false;
  if (r.headline && subset) return true;
  if (re.actors.length) return subset;
  return re.countries.filter((c) => te.countries.includes(c)).length >= Math.min(2, te.countries.length);
}

/** How many happenings before or after a report may be the encounter it elaborates. */
export const FOLD_REACH = 12;

/** Folds reports into the encounters they elaborate; returns the remaining events in text order. */
export function fold(drafts: readonly Draft[]): TimelineEvent[] {
  const into = new Map<Draft, Draft>();
  drafts.forEach((r, i) => {
    if (!diplomatic(r.event)) return;
    const near = drafts.slice(Math.max(0, i - FOLD_REACH), i + FOLD_REACH + 1);
    const candidates = near.filter((t) => t !== r && !into.has(t) && fits(r, t));
    const preferred = (t: Draft) => [t.event.actors.length > 0 ? 0 : 1, Math.abs(t.event.start - r.event.start)] as const;
    const target = candidates.sort((a, b) => preferred(a)[0] - preferred(b)[0] || preferred(a)[1] - preferred(b)[1])[0];
    if (target) into.set(r, target);
  });
  const root = (d: Draft): Draft => {
    while (into.has(d)) d = into.get(d)!;
    return d;
  };
  const folded = new Map<Draft, TimelineEvent[]>();
  for (const d of drafts) {
    const host = root(d);
    if (d !== host) (folded.get(host) ?? folded.set(host, []).get(host)!).push(d.event);
  }
  return drafts.filter((d) => !into.has(d)).map((d) => absorb(d.event, folded.get(d) ?? []));
}

function absorb(host: TimelineEvent, reports: readonly TimelineEvent[]): TimelineEvent {
  if (reports.length === 0) return host;
  const all = [host, ...reports];
  // Participants the encounter learns from its follow-ups bring their countries along.
  const known = new Set(host.actors.map((a) => a.id));
  const countries = reports.filter((e) => e.actors.some((a) => !known.has(a.id))).flatMap((e) => e.countries);
  return {
    ...host,
    ...unionPeople(all),
    countries: [...new Set([...host.countries, ...countries])].sort(),
    sources: all.flatMap((e) => e.sources),
    aliases: all.flatMap((e) => (e === host ? (e.aliases ?? []) : [e.id, ...(e.aliases ?? [])])),
    reason: `${host.reason}; with ${reports.length} further report(s) of it: ${reports.map((r) => `'${r.title}'`).join(', ')}`,
  };
}
