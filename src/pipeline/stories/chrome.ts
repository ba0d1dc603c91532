import rows from './data/chrome.json';
import { isSpace } from '../text/words';
import { type Compiled, compileRules, firstMatch, type PatternRow } from './rules';

// Page chrome: share buttons, comment forms, app and newsletter prompts, "Read next" headings. Recognised by the
// language such lines use on any site (data/chrome.json), and only on short lines: a real sentence that happens to
// mention an app or a comment is not chrome.

export interface ChromeRow extends PatternRow {
  /** Finer role of the block ('marker', 'link', 'share', …). */
  role: string;
  /** True when the line heads a list of other stories, so what follows is teasers, not the article. */
  opens: boolean;
}

export const CHROME: readonly Compiled<ChromeRow>[] = compileRules('chrome', rows as ChromeRow[]);

/** Chrome lines are short: at most this many words. */
export const CHROME_MAX_WORDS = 20;

/** Runs of non-space characters in `line`, counted in place: a page may be one line of a megabyte. */
export function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function chromeRule(line: string): Compiled<ChromeRow> | undefined {
  const text = line.trim();
  return wordCount(text) > CHROME_MAX_WORDS ? undefined : firstMatch(CHROME, text);
}
