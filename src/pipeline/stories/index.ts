import type { Block, PipelineInput, PublicationContext } from '../types';

// PLACEHOLDER until segmentation lands (issue 5): the whole page is one main story with the supplied context.
const UNKNOWN: PublicationContext = { value: null, from: null, to: null, provenance: 'unknown', note: 'no publication date given' };

export function segmentPage(input: PipelineInput): { dct: PublicationContext; blocks: Block[] } {
  const dct = input.supplied ?? UNKNOWN;
  return {
    dct,
    blocks: [{ start: 0, end: input.text.length, kind: 'main', role: 'body', story: 0, context: dct, rule: 'page.whole', reason: 'whole page' }],
  };
}
