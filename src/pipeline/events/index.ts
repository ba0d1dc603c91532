import { valueSpan } from '../temporal/value';
import type { ActorMention, Block, Sentence, TimelineEvent, Timex } from '../types';
import { stableId } from './id';

export interface EventStageInput {
  docId: string;
  text: string;
  blocks: readonly Block[];
  sentences: readonly Sentence[];
  timexes: readonly Timex[];
  mentions: readonly ActorMention[];
}

const within = (s: { start: number; end: number }, o: { start: number; end: number }) => o.start >= s.start && o.end <= s.end;

/** v1: one event per sentence of a story block that has a calendar-dated timex and at least one actor. */
export function assembleEvents(input: EventStageInput): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const sentence of input.sentences) {
    const block = input.blocks.find((b) => sentence.start >= b.start && sentence.start < b.end);
    if (!block || block.kind === 'boilerplate') continue;
    const dated = input.timexes.find((t) => within(sentence, t) && (t.type === 'DATE' || t.type === 'TIME') && valueSpan(t.value));
    if (!dated) continue;
    const mentions = input.mentions.filter((m) => within(sentence, m));
    const people = mentions.filter((m) => m.kind === 'person' && m.actorId);
    if (mentions.length === 0) continue;
    const span = valueSpan(dated.value)!;
    const text = input.text.slice(sentence.start, sentence.end);
    const actors = [...new Map(people.map((m) => [m.actorId!, { id: m.actorId!, name: m.name }])).values()];
    const countries = [...new Set(mentions.map((m) => m.country).filter((c): c is string => c !== null))].sort();
    const evidence = { text: dated.text, start: dated.start, end: dated.end, value: dated.value, resolution: dated.resolution };
    events.push({
      id: stableId([input.docId, text, dated.text]),
      title: headline(text),
      date: { value: dated.value, granularity: span.granularity, from: span.from, to: span.to, estimated: dated.resolution.estimated },
      dating: 'happened',
      actors,
      countries,
      docId: input.docId,
      start: sentence.start,
      end: sentence.end,
      sources: [{ docId: input.docId, start: sentence.start, end: sentence.end, sentence: text, evidence, context: block.context }],
      rule: 'event.sentence-with-date-and-actor',
      reason: `the sentence names ${mentions.map((m) => m.name).join(', ')} and is dated by '${dated.text}'`,
    });
  }
  return events;
}

/** A title from the sentence, cut at a word boundary (never mid-word). */
function headline(sentence: string, max = 90): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > 40 ? cut.slice(0, lastSpace) : flat.slice(0, max)).replace(/[\s,;:]+$/, '') + '…';
}
