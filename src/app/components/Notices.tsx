/** Things the app wants the reader to know (dropped link parameters, a missing event), with a way to dismiss them. */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss(): void }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" data-testid="notices" className="notice flex items-start gap-3">
      <ul className="flex-1 space-y-1 text-sm">
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
