import { analyzeDocument } from '../pipeline/pipeline';
import type { DocumentAnalysis, PublicationContext } from '../pipeline/types';

/** The CLI's JSON for one document (see README, "The extraction CLI"). */
export function extractionResult(docId: string, text: string, supplied: PublicationContext | null) {
  return toResult(analyzeDocument({ docId, text, supplied }));
}

function toResult(a: DocumentAnalysis) {
  return {
    dct: a.dct,
    stories: a.blocks,
    timexes: a.timexes.map(({ text, start, end, type, value, mod, freq, quant, resolution }) => ({
      text, start, end, type, value, ...(mod ? { mod } : {}), ...(freq ? { freq } : {}), ...(quant ? { quant } : {}), resolution,
    })),
    actors: a.mentions,
    events: a.events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      actors: e.actors,
      countries: e.countries,
      start: e.start,
      end: e.end,
      dating: e.dating,
      evidence: e.sources[0]?.evidence ?? null,
      rule: e.rule,
      reason: e.reason,
    })),
  };
}
