import { matchActors } from './actors';
import { assembleEvents } from './events';
import { segmentPage } from './stories';
import { tagTemporal } from './temporal';
import { splitSentences } from './text/sentences';
import type { DocumentAnalysis, PipelineInput } from './types';

/**
 * The stages, in order. Each ordering constraint:
 * 1. segmentation first: every later stage needs each block's kind and publication context (the anchor);
 * 2. sentences next: tense for weekday resolution and event spans are per sentence;
 * 3. temporal before actors: an ambiguous name ("Han", "President Lee") is resolved by the date of its sentence;
 * 4. events last: an event is a trigger + the timex that governs it + its actors.
 */
export function analyzeDocument(input: PipelineInput): DocumentAnalysis {
  const { dct, blocks } = segmentPage(input);
  const sentences = splitSentences(input.text);
  const timexes = tagTemporal(input.text, blocks, sentences);
  const mentions = matchActors(input.text, blocks, sentences, timexes);
  const events = assembleEvents({ docId: input.docId, text: input.text, blocks, sentences, timexes, mentions });
  return { docId: input.docId, dct, blocks, sentences, timexes, mentions, events };
}
