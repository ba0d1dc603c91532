// What the page shows before the corpus is usable: a skeleton of the layout, or the error with a retry.
export function CorpusSkeleton() {
  return (
    <main className="mx-auto max-w-screen-2xl space-y-3 p-3" aria-busy="true" aria-label="Loading the timeline" data-testid="loading">
      <div className="skeleton h-10" />
      <div className="skeleton h-64" />
      <div className="grid gap-3 md:grid-cols-3">
        <div className="skeleton h-80" />
        <div className="skeleton h-80" />
        <div className="skeleton h-80" />
      </div>
    </main>
  );
}

export function CorpusError({ error, retry }: { error: Error; retry(): void }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <div role="alert" className="panel space-y-3 p-4" data-testid="load-error">
        <h1 className="text-lg font-semibold">The timeline could not be loaded</h1>
        <p className="text-sm">{error.message}</p>
        <button type="button" className="btn" onClick={retry}>Try again</button>
      </div>
    </main>
  );
}
