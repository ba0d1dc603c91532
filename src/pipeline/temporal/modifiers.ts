import type { Candidate } from './scan';
import type { TimexType } from '../types';
import { MODIFIERS } from './words';
import { isLetter, newRun, readLetters, wordLookup } from '../text/words';

// Modifiers written before an expression join its span and set TimeML `mod`: "early 2026" (START), "mid-November"
// (MID), "the end of 1999" (END), "about two years" (APPROX), "more than four hours" (MORE_THAN).

const POINT_MODS = new Set(['START', 'MID', 'END']);
const PREFIX = new RegExp(
  `(?<![A-Za-z0-9])(${Object.keys(MODIFIERS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|')})(?:\\s+|\\s*-\\s*)$`,
  'i',
);
const LOOKBACK = 24;
/** The last word of every modifier: a cheap test before the regex. */
const lastWordOf = wordLookup(Object.keys(MODIFIERS).map((k) => k.split(' ').pop()!));
/** ' ', '-' and a line break: what may stand between a modifier and its expression here. */
const isGap = (c: number) => c === 32 || c === 45 || c === 10;

/** Whether the word just before `at` (skipping spaces and one hyphen) ends a modifier: char codes, no slice. */
function modifierEndsBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isGap(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  const run = newRun();
  readLetters(text, i, run, end);
  return lastWordOf(text, i, end, run.hash) !== null;
}

/** Where the expression starts once its modifier is included, and the mod; null when none applies. */
export function modifierOf(text: string, c: Candidate, type: TimexType): { start: number; mod: string } | null {
  if (!modifierEndsBefore(text, c.start)) return null;
  const before = text.slice(Math.max(0, c.start - LOOKBACK), c.start);
  const m = PREFIX.exec(before);
  if (!m) return null;
  const mod = MODIFIERS[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
  const quantity = type === 'DURATION' || c.rule.id === 'rel.units-ago' || c.built.sketch.kind === 'clock';
  if (POINT_MODS.has(mod) ? type === 'DURATION' || type === 'SET' : !quantity) return null;
  return { start: c.start - m[0].length, mod };
}
