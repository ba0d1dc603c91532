import type { Ref } from 'react';

export function SearchBox({ ref, value, onChange }: { ref?: Ref<HTMLInputElement>; value: string; onChange(q: string): void }) {
  return (
    <label className="flex min-w-0 flex-1 items-center gap-2">
      <span className="sr-only">Search events</span>
      <input
        ref={ref}
        type="search"
        className="input w-full"
        placeholder="Search titles and sentences  ( / )"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="search"
        aria-keyshortcuts="/"
      />
    </label>
  );
}
