// The bundle the app under test serves, fetched by the test itself so expectations are computed from the same data.
import type { APIRequestContext } from '@playwright/test';
import type { CorpusBundle, TimelineEvent } from '../../src/pipeline/types';

export async function fetchCorpus(request: APIRequestContext): Promise<CorpusBundle> {
  const response = await request.get('data/corpus.json');
  if (!response.ok()) throw new Error(`data/corpus.json: ${response.status()}`);
  return (await response.json()) as CorpusBundle;
}

/** The first event whose actors include all these names (the seed corpus's gold events). */
export function eventWith(bundle: CorpusBundle, ...names: string[]): TimelineEvent {
  const found = bundle.events.find((e) => names.every((n) => e.actors.some((a) => a.name === n)));
  if (!found) throw new Error(`no event with ${names.join(' + ')} in the corpus (pipeline output changed?)`);
  return found;
}

export const idsWhere = (bundle: CorpusBundle, keep: (e: TimelineEvent) => boolean) => bundle.events.filter(keep).map((e) => e.id).sort();
