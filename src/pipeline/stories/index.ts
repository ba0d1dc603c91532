import type { Block, PipelineInput, PublicationContext } from '../types';
import { assemble } from './assemble';
import { storyContexts, UNKNOWN } from './context';

// Stage 1 of the pipeline: the page's blocks (main story, teaser stories, boilerplate), each with its story's
// publication context, and the page's own context (the main story's; for a page of summaries, the supplied date
// or an estimate from all its stories).

export function segmentPage(input: PipelineInput): { dct: PublicationContext; blocks: Block[] } {
  const { text } = input;
  const { drafts, mainKey } = assemble(text);
  const byKey = new Map<number, typeof drafts>();
  for (const d of drafts) if (d.key >= 0) byKey.get(d.key)?.push(d) ?? byKey.set(d.key, [d]);
  const keys = [...byKey.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const stories = keys.map((key) => ({ key, drafts: byKey.get(key)! }));
  const { contexts, page } = storyContexts(text, stories, mainKey, input);
  if (drafts.length === 0) {
    const dct = input.supplied ?? UNKNOWN;
    return { dct, blocks: [{ start: 0, end: text.length, kind: 'main', role: 'body', story: 0, context: dct, rule: 'page.empty', reason: 'a page without text lines' }] };
  }
  const blocks = drafts.map((d, i): Block => ({
    start: i === 0 ? 0 : d.start,
    end: drafts[i + 1]?.start ?? text.length,
    kind: d.kind,
    role: d.role,
    story: index.get(d.key) ?? -1,
    context: d.key < 0 ? UNKNOWN : contexts.get(d.key)!,
    rule: d.rule,
    reason: d.reason,
  }));
  return { dct: page, blocks };
}
