import type { Block, Sentence, Timex } from '../types';

// PLACEHOLDER until the temporal tagger lands (issue 4).
export function tagTemporal(_text: string, _blocks: readonly Block[], _sentences: readonly Sentence[]): Timex[] {
  return [];
}
