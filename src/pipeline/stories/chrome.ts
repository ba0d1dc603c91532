import rows from './data/chrome.json';
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

export const wordCount = (line: string): number => line.split(/\s+/).filter(Boolean).length;

export function chromeRule(line: string): Compiled<ChromeRow> | undefined {
  const text = line.trim();
  return wordCount(text) > CHROME_MAX_WORDS ? undefined : firstMatch(CHROME, text);
}
