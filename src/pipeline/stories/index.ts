import type { Block, PipelineInput, PublicationContext } from '../types';
import { assemble } from './assemble';
import { storyContexts, UNKNOWN } from './context';

// Stage 1 of the pipeline: the page's blocks (main story, teaser stories, boilerplate), each with its story's
// publication context, and the page's own context (the main story's; for a page of summaries, the supplied date
// or an estimate from all its stories).

export function segmentPage(input: PipelineInput): { dct: PublicationContext; blocks: Block[] } {
  const { text } = input;
  const { drafts, mainKey } = assemble(text);
  const keys = [...new Set(drafts.map((d) => d.key).filter((k) => k >= 0))];
  const stories = keys.map((key) => ({ key, drafts: drafts.filter((d) => d.key === key) }));
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
    story: keys.indexOf(d.key),
    context: d.key < 0 ? UNKNOWN : contexts.get(d.key)!,
    rule: d.rule,
    reason: d.reason,
  }));
  return { dct: page, blocks };
}
