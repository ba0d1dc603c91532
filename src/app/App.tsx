// The shell: header, then the explorer once the corpus has loaded (skeleton while loading, error with retry).
import { CorpusError, CorpusSkeleton } from './features/corpus/components/CorpusStatus';
import { useCorpus } from './features/corpus/api/get-corpus';
import { Explorer } from './Explorer';

export function App({ startupNotices }: { startupNotices: readonly string[] }) {
  const corpus = useCorpus();
  if (corpus.isPending) return <CorpusSkeleton />;
  if (corpus.isError) return <CorpusError error={corpus.error} retry={() => corpus.refetch()} />;
  return <Explorer bundle={corpus.data} startupNotices={startupNotices} />;
}
