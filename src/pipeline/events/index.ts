import { canonicalOrder, cluster, combine } from '../merge/cluster';
import type { ActorMention, Block, Sentence, TimelineEvent, Timex } from '../types';
import { regions, type Region } from './clauses';
import { dateOfReport, dateOfTimex, governingTimex } from './dating';
import { ANAPHORA, fold, type Draft } from './fold';
import { stableId } from './id';
import { DIPLOMATIC } from './lexicon';
import { participants } from './participants';
import { findPlace } from './place';
import { quotedSpans } from './quotes';
import { headline, subjectPhrase } from './title';
import { bySentence, lastAtOrBefore } from '../text/spans';
import { findTriggers, type Trigger } from './triggers';

export interface EventStageInput {
  docId: string;
  text: string;
  blocks: readonly Block[];
  sentences: readonly Sentence[];
  timexes: readonly Timex[];
  mentions: readonly ActorMention[];
}

const rank = (t: Trigger) => {
  const i = DIPLOMATIC.indexOf(t.rule.type);
  return i < 0 ? 0 : i;
};
/** The trigger that names a region's happening: the strongest diplomatic facet, else the first. */
const primary = (r: Region) => [...r.triggers].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0]!;

/** Who a headline names as subject: with an object slot ("appoints {object}") the people before the verb, else all. */
const subjects = (people: ActorMention[], t: Trigger) => {
  const agents = people.filter((m) => m.start < t.start);
  return t.rule.title.includes('{object}') && agents.length ? agents : people;
};

/** A determiner that makes a noun refer back ("the talks", "their bilateral meeting"). */
const DEFINITE = /\b(?:the|this|that|their|its)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Whether a mention spells (part of) the person's name, rather than an office ("foreign ministers"). */
const namedIn = (m: ActorMention) => m.name.toLowerCase().split(/[\s-]+/u).some((w) => w.length > 1 && m.text.toLowerCase().includes(w));

/** text[start, end) with its dates (and the preposition before each) blanked out, for a headline's object. */
function withoutDates(text: string, start: number, end: number, timexes: readonly Timex[]): string {
  let out = text.slice(start, end);
  for (const t of [...timexes].reverse())
    if (t.start >= start && t.end <= end) out = out.slice(0, t.start - start).replace(/\b(?:on|in|at|during|from)\s*$/u, '') + out.slice(t.end - start);
  return out;
}

/**
 * One event per happening of the page: each region of a sentence (see clauses.ts) with a trigger, its governing
 * date (or, for a sentence with no date at all, its story's publication as a 'reported' date), its people and
 * countries. Boilerplate yields nothing; reports that elaborate an encounter fold into it (fold.ts); repeats on
 * the page (a teaser shown twice) merge (merge/cluster.ts).
 */
export function assembleEvents(input: EventStageInput): TimelineEvent[] {
  const { text } = input;
  const drafts: Draft[] = [];
  const previousPeople = new Map<number, ActorMention[]>();
  const blocks = [...input.blocks].sort((a, b) => a.start - b.start);
  const mentionsOf = bySentence(input.mentions, input.sentences);
  const timexesOf = bySentence(input.timexes, input.sentences);
  input.sentences.forEach((sentence, s) => {
    const block = blocks[lastAtOrBefore(blocks, sentence.start)];
    if (!block || sentence.start >= block.end || block.kind === 'boilerplate') return;
    const quotes = quotedSpans(text.slice(sentence.start, sentence.end)).map((q) => ({ start: q.start + sentence.start, end: q.end + sentence.start }));
    const mentions = mentionsOf[s]!;
    const timexes = timexesOf[s]!;
    const regs = regions(text, sentence.start, sentence.end, findTriggers(text, sentence.start, sentence.end, quotes));
    const governing = regs.map((r) => governingTimex(text, r, primary(r), timexes, block.context));
    regs.forEach((region, i) => {
      const trigger = primary(region);
      const timex = governing[i]!;
      const date = timex ? dateOfTimex(timex) : dateOfReport(block.context);
      if (!date) return;
      const taken = [...timexes, ...mentions.filter((m) => m.kind === 'person')];
      const clauseEnd = text.indexOf(',', trigger.end);
      const place = findPlace(text, region.start, clauseEnd > 0 && clauseEnd < region.end ? clauseEnd : region.end, taken, trigger.end);
      const who = participants({ text, region, trigger, mentions, previous: previousPeople.get(block.story) ?? [], quotes, place });
      const ordinal = region.triggers.find((t) => t.ordinal !== undefined)?.ordinal;
      const anaphoric = ANAPHORA.test(text.slice(region.start, region.end));
      const definite = region.triggers.every((t) => t.rule.nominal) && DEFINITE.test(text.slice(Math.max(region.start, trigger.start - 40), trigger.start));
      const headlined = block.role === 'headline';
      if (who.people.length === 0 && who.countries.length === 0 && !anaphoric && !definite && !headlined) return;
      const sentenceText = text.slice(sentence.start, sentence.end);
      // "Foreign ministers from South Korea and Japan met": an office standing for a person reads better as written.
      const byOffice = who.people.some((m) => m.start < trigger.start && !namedIn(m)) && subjectPhrase(text.slice(region.start, trigger.start)) !== null;
      const title = headline({
        rule: trigger.rule,
        people: byOffice ? [] : subjects(who.people, trigger).map((m) => m.name),
        before: text.slice(region.start, trigger.start),
        after: withoutDates(text, trigger.end, region.end, timexes),
        countryNames: [...new Set(mentions.filter((m) => m.kind === 'country' && who.countries.includes(m.country ?? '')).map((m) => m.name))],
        place: place?.text ?? null,
      });
      const evidence = timex && { text: timex.text, start: timex.start, end: timex.end, value: timex.value, resolution: timex.resolution };
      drafts.push({
        story: block.story,
        anaphoric,
        definite,
        headline: headlined,
        event: {
          id: stableId([input.docId, sentenceText, trigger.text, timex?.text ?? 'reported']),
          title,
          date,
          dating: timex ? 'happened' : 'reported',
          actors: who.people.map((m) => ({ id: m.actorId!, name: m.name, ...(m.role ? { role: m.role } : {}) })),
          ...(who.unlinked.length ? { unlinked: who.unlinked.map(({ name, role, country }) => ({ name, role, country })) } : {}),
          countries: who.countries,
          docId: input.docId,
          start: sentence.start,
          end: sentence.end,
          sources: [{ docId: input.docId, start: sentence.start, end: sentence.end, sentence: sentenceText, evidence: evidence || null, context: block.context }],
          rule: `event.${trigger.rule.id}`,
          reason: timex
            ? `'${trigger.text}' (${trigger.rule.type}) dated by '${timex.text}' in the same clause`
            : `'${trigger.text}' (${trigger.rule.type}) has no date of its own; placed at its story's publication (${block.context.provenance})`,
          type: trigger.rule.type,
          trigger: { text: trigger.text, start: trigger.start, end: trigger.end, rule: trigger.rule.id },
          ...(place ? { place: place.text } : {}),
          ...(ordinal !== undefined ? { ordinal } : {}),
        },
      });
    });
    const people = mentions.filter((m) => m.kind === 'person' && m.actorId !== null);
    if (people.length) previousPeople.set(block.story, people);
  });
  // A report that names no one and folded into nothing is not an event of its own.
  const events = fold(drafts).filter((e) => e.actors.length > 0 || e.countries.length > 0);
  return cluster(events).map((group) => combine(canonicalOrder(group)));
}
