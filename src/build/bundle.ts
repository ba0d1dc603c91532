import { createHash } from 'node:crypto';
import { type CorpusDocument } from '../corpus/schema';
import { pipelineInput } from '../corpus/load';
import { mergeCorpus } from '../pipeline/merge';
import { analyzeDocument } from '../pipeline/pipeline';
import type { CorpusBundle, DocumentAnalysis } from '../pipeline/types';

/** Runs the pipeline over the corpus and assembles what the app loads. Deterministic: same corpus, same bytes. */
export function buildBundle(docs: readonly CorpusDocument[]): CorpusBundle {
  const analyses: DocumentAnalysis[] = docs.map((doc) => analyzeDocument(pipelineInput(doc)));
  const { events, aliases } = mergeCorpus(analyses);
  const documents = docs.map((doc, i) => {
    const a = analyses[i]!;
    return {
      id: doc.id, title: doc.title, source: doc.source, ...(doc.url ? { url: doc.url } : {}), text: doc.text,
      dct: a.dct, blocks: a.blocks, timexes: a.timexes, mentions: a.mentions,
    };
  });
  const body = { documents, events, aliases };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}
