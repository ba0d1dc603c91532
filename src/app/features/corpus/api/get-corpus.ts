// The app's one server operation: load the corpus bundle built by the pipeline (served under Vite's base).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseBundle } from '../lib/bundle-schema';

export const CORPUS_URL = `${import.meta.env.BASE_URL}data/corpus.json`;

export async function getCorpus(signal?: AbortSignal) {
  const response = await fetch(CORPUS_URL, { signal });
  if (!response.ok) throw new Error(`Could not load the corpus (${response.status} ${response.statusText}).`);
  return parseBundle(await response.json());
}

export const corpusQueryOptions = () =>
  queryOptions({ queryKey: ['corpus'], queryFn: ({ signal }) => getCorpus(signal), staleTime: Infinity, retry: 1 });

export const useCorpus = () => useQuery(corpusQueryOptions());
