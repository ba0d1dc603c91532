import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import type { PipelineInput, PublicationContext } from '../pipeline/types';
import { type CorpusDocument, CorpusDocumentSchema } from './schema';

export class CorpusError extends Error {}

/** Validates one document's JSON; throws a CorpusError naming the file, the field and the reason. */
export function parseDocument(file: string, raw: string): CorpusDocument {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new CorpusError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const result = v.safeParse(CorpusDocumentSchema, json);
  if (!result.success) {
    const lines = result.issues.map((issue) => `${file}: ${v.getDotPath(issue) ?? '(document)'}: ${issue.message}`);
    throw new CorpusError(lines.join('\n'));
  }
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (result.output.id !== expected) throw new CorpusError(`${file}: id: must equal the file name '${expected}' (got '${result.output.id}')`);
  return result.output;
}

/** Reads and validates every `*.json` in `dir`, sorted by id (ids equal file names, so they are unique). */
export function loadCorpus(dir: string, root = process.cwd()): CorpusDocument[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new CorpusError(`${relative(root, dir)}: no corpus documents (*.json)`);
  const errors: string[] = [];
  const docs: CorpusDocument[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const bytes = readFileSync(path);
    const name = relative(root, path);
    try {
      docs.push(parseDocument(name, new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    } catch (e) {
      errors.push(e instanceof TypeError ? `${name}: not valid UTF-8` : (e as Error).message);
    }
  }
  if (errors.length) throw new CorpusError(errors.join('\n'));
  return docs;
}

/** The document's publication as a pipeline context. */
export function publicationContext(p: CorpusDocument['publication']): PublicationContext {
  return { value: p.date, from: p.date, to: p.date, provenance: p.provenance, note: p.note };
}

/** A corpus document as the pipeline's input: its curated or stated publication supplied, an unknown one left to it. */
export function pipelineInput(doc: CorpusDocument): PipelineInput {
  return {
    docId: doc.id,
    text: doc.text,
    supplied: doc.publication.provenance === 'unknown' ? null : publicationContext(doc.publication),
    curatedStories: (doc.stories ?? []).map((s) => ({ startsWith: s.startsWith, context: publicationContext(s.publication) })),
  };
}
