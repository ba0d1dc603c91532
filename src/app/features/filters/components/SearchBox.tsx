import type { Ref } from 'react';

export function SearchBox({ ref, value, onChange }: { ref?: Ref<HTMLInputElement>; value: string; onChange(q: string): void }) {
  return (
    <label className="order-last flex w-full min-w-0 items-center gap-2 sm:order-none sm:w-auto sm:flex-1">
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
