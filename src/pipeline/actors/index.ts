import type { ActorMention, Block, Sentence, Timex } from '../types';

// PLACEHOLDER until actor matching lands (issue 6).
export function matchActors(
  _text: string,
  _blocks: readonly Block[],
  _sentences: readonly Sentence[],
  _timexes: readonly Timex[],
): ActorMention[] {
  return [];
}
