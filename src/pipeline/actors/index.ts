import type { ActorMention, Block, Sentence, Timex } from '../types';
import { dateMention } from './dating';
import { lexicon } from './lexicon';
import { parsePhrases, type Phrase } from './phrases';
import { decide, type Story } from './link';
import { sentenceAt, within } from '../text/spans';
import { describe } from './tenure';

export { UNKNOWN_PERSON_RULE } from './link';

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
    const list = stories.get(key);
    if (list) list.push(b);
    else stories.set(key, [b]);
  }
  const out: ActorMention[] = [];
  for (const story of stories.values()) {
    const phrases = story.flatMap((b) => parsePhrases(text, within(hits, b.start, b.end), b.start, b.end).map((p) => ({ p, b })));
    out.push(...matchStory(phrases.sort((x, y) => x.p.span.start - y.p.span.start), sentences, dated));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One story's mentions, in reading order; `timexes` sorted by start. */
function matchStory(phrases: { p: Phrase; b: Block }[], sentences: readonly Sentence[], timexes: readonly Timex[]): ActorMention[] {
  const story: Story = { named: new Set(phrases.flatMap(({ p }) => (p.kind !== 'person' ? [] : p.person.kind === 'name' ? [p.person.person] : p.person.people))), linked: new Set() };
  const out: ActorMention[] = [];
  for (const { p, b } of phrases) {
    const sentence = sentenceAt(sentences, p.span.start);
    const when = dateMention(p.span.start, sentence, b, sentence ? within(timexes, sentence.start, sentence.end) : []);
    const d = decide(p, story, when);
    const base = { start: p.span.start, end: p.span.end, text: p.span.text, rule: d?.rule ?? '', reason: `${d?.reason}; dated by ${when.source}` };
    if (d?.kind === 'country') {
      out.push({ ...base, kind: 'country', actorId: d.country.code, name: d.country.name, country: d.country.code, role: null, reason: d.reason });
    } else if (d?.kind === 'linked') {
      story.linked.delete(d.person); // re-inserted: most recent last
      story.linked.add(d.person);
      const at = describe(d.person, when, d.title);
      out.push({ ...base, kind: 'person', actorId: d.person.id, name: d.person.name, country: at.country, role: at.role });
    } else if (d?.kind === 'unlinked') {
      out.push({ ...base, kind: 'person', actorId: null, name: p.span.text, country: d.country, role: d.role });
    }
  }
  return out;
}
