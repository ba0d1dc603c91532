// What the app checks about data/corpus.json before using it. Typed against CorpusBundle, so a change to the bundle
// contract that the app does not follow fails the typecheck here rather than at run time.
import * as v from 'valibot';
import type { CorpusBundle } from '../../../../pipeline/types';

const str = v.string();
const num = v.number();
const day = v.pipe(str, v.regex(/^\d{4}-\d{2}-\d{2}$/));
const GRANULARITIES = ['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'time', 'unknown'] as const;
const provenance = v.picklist(['stated', 'curated', 'estimated', 'unknown']);

const clue = v.object({
  kind: v.picklist(['role', 'named-event', 'year', 'tense', 'neighbour', 'stated-date']),
  text: str, start: num, end: num, from: v.nullable(day), to: v.nullable(day), reason: str, rule: str,
});

const context = v.object({
  value: v.nullable(day), from: v.nullable(day), to: v.nullable(day), provenance, note: str,
  clues: v.optional(v.array(clue)), confidence: v.optional(num),
});

const resolution = v.object({
  rule: str, reason: str, estimated: v.boolean(),
  anchor: v.object({ value: v.nullable(str), source: v.picklist(['publication', 'previous-date', 'none']), provenance }),
});

const span = { start: num, end: num, text: str };

const event = v.object({
  id: str, title: str, docId: str, start: num, end: num, rule: str, reason: str,
  dating: v.picklist(['happened', 'reported']),
  date: v.object({ value: str, granularity: v.picklist(GRANULARITIES), from: day, to: day, estimated: v.boolean() }),
  actors: v.array(v.object({ id: str, name: str, role: v.optional(str) })),
  unlinked: v.optional(v.array(v.object({ name: str, role: v.nullable(str), country: v.nullable(str) }))),
  countries: v.array(str),
  sources: v.array(v.object({
    docId: str, start: num, end: num, sentence: str, context,
    evidence: v.nullable(v.object({ ...span, value: str, resolution })),
  })),
  type: v.optional(str),
  trigger: v.optional(v.object({ ...span, rule: str })),
  place: v.optional(str),
  ordinal: v.optional(num),
  aliases: v.optional(v.array(str)),
});

const document = v.object({
  id: str, title: str, source: str, url: v.optional(str), text: str, dct: context,
  blocks: v.array(v.object({ start: num, end: num, kind: v.picklist(['main', 'teaser', 'boilerplate']), role: str, story: num, context, rule: str, reason: str })),
  timexes: v.array(v.object({ ...span, type: v.picklist(['DATE', 'TIME', 'DURATION', 'SET']), value: str, resolution })),
  mentions: v.array(v.object({
    ...span, kind: v.picklist(['person', 'country']), actorId: v.nullable(str), name: str,
    country: v.nullable(str), role: v.nullable(str), rule: str, reason: str,
  })),
});

export const bundleSchema = v.object({
  version: str,
  documents: v.array(document),
  events: v.array(event),
  aliases: v.record(str, str),
});

/** Parses an unknown JSON value as a bundle; throws a readable error naming the first bad field. */
export function parseBundle(json: unknown): CorpusBundle {
  const result = v.safeParse(bundleSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`The corpus data is not in the expected shape (${v.getDotPath(issue) ?? 'root'}: ${issue.message})`);
  }
  return result.output;
}
