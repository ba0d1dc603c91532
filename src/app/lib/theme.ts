// Light/dark: follows the system unless the reader picks one; the choice is kept in localStorage.
import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'dateline-theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(KEY);
    return CHOICES.find((c) => c === stored) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Sets `data-theme` on <html> (Tailwind's `dark:` variant keys on it) and the native color-scheme. */
export function applyTheme(choice: ThemeChoice = readChoice()) {
  const dark = choice === 'dark' || (choice === 'system' && systemDark().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

export function useTheme(): [ThemeChoice, (c: ThemeChoice) => void] {
  const [choice, setChoice] = useState(readChoice);
  useEffect(() => {
    applyTheme(choice);
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      /* storage may be unavailable (private mode); the choice still applies to this page */
    }
    if (choice !== 'system') return;
    const media = systemDark();
    const onChange = () => applyTheme('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [choice]);
  return [choice, setChoice];
}
