// Page-wide keys: ←/→ step through events in time order, `/` focuses search, Esc clears the selection.
// Keys typed into a field, or with a modifier, are left alone.
import { useEffect, useRef } from 'react';

export interface Shortcuts {
  step(dir: 1 | -1): void;
  focusSearch(): void;
  escape(): void;
}

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

export function useShortcuts(handlers: Shortcuts) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      // An open dialog (the reader) handles its own keys, Esc included.
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') return latest.current.escape();
      if (typing(e.target)) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        latest.current.step(e.key === 'ArrowRight' ? 1 : -1);
      } else if (e.key === '/') {
        e.preventDefault();
        latest.current.focusSearch();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
