// Shown while a page's data loads (Next's loading.tsx): a skeleton and a status for screen readers.
export function PageLoading() {
  return (
    <div className="space-y-4" role="status" aria-live="polite">
      <span className="sr-only">Memuat… · Loading…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-gray-200" />
      <div className="h-40 animate-pulse rounded-lg bg-gray-200" />
      <div className="h-64 animate-pulse rounded-lg bg-gray-200" />
    </div>
  );
}
