import { chromeRule, type ChromeRow, wordCount } from './chrome';
import { type Compiled, compileRules, firstMatch } from './rules';
import { findStamp, type Stamp } from './stamps';

// The layout form of each line of a page, from its shape alone: chrome, a bare clock time, a date stamp, a
// truncated teaser blurb ("…"), a sentence paragraph (body), a short label, or a title (headline/subheading).

export type Form = 'chrome' | 'clock' | 'stamp' | 'blurb' | 'body' | 'label' | 'title';

export interface Line {
  start: number;
  end: number;
  text: string;
  form: Form;
  rule: string;
  reason: string;
  chrome?: Compiled<ChromeRow>;
  stamp?: Stamp;
}

const CLOCKS = compileRules('clock', [
  { id: 'clock.time', pattern: '^\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*(GMT|UTC|[A-Z]{2,4}T))?$', reason: 'a bare clock time stamps a feed item',
    examples: ['11:41', '9.57 am', '20:13 GMT'], negatives: ['11:41 people died', '2024'] },
  { id: 'clock.ago', pattern: '^(\\d+|an?|one)\\s+(second|minute|min|hour|hr|day|week)s?\\s+ago$', reason: 'a relative time stamp of a feed item',
    examples: ['2 hours ago', 'an hour ago', '5 mins ago'], negatives: ['two days ago the talks failed'] },
]);

/** Short lines at most this long without end punctuation are labels ("South Korea", "Data Controversy"). */
const LABEL_MAX_WORDS = 4;
/** Non-sentence lines longer than a label, with at most this many words, that occur twice on a page are chrome ("Share the latest news updates"). */
const REPEAT_MAX_WORDS = 12;
const SENTENCE_END = /[.!?]["'”’)\]]*$|["”]$/u;
const TRUNCATED = /(\.\.\.|…)["'”’]?$/u;

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function form(text: string, words: number, repeats: number): Omit<Line, 'start' | 'end' | 'text'> {
  const chrome = chromeRule(text);
  if (chrome) return { form: 'chrome', chrome, rule: chrome.id, reason: chrome.reason };
  if (repeats > 1 && words > LABEL_MAX_WORDS && words <= REPEAT_MAX_WORDS && !SENTENCE_END.test(text)) return { form: 'chrome', rule: 'chrome.repeated', reason: 'a short line repeated on the page is page furniture' };
  const clock = firstMatch(CLOCKS, text);
  if (clock) return { form: 'clock', rule: clock.id, reason: clock.reason };
  const stamp = findStamp(text);
  if (stamp && (stamp.rule.whole || stamp.length === text.length)) return { form: 'stamp', stamp, rule: stamp.rule.id, reason: stamp.rule.reason };
  if (TRUNCATED.test(text) && words >= 5) return { form: 'blurb', rule: 'layout.truncated', reason: 'a paragraph cut off with an ellipsis is a teaser for another page' };
  if (SENTENCE_END.test(text) || words >= 25) return { form: 'body', rule: 'layout.sentence', reason: 'a paragraph of sentences', ...(stamp ? { stamp } : {}) };
  if (words <= LABEL_MAX_WORDS) return { form: 'label', rule: 'layout.label', reason: 'a short line without sentence punctuation' };
  return { form: 'title', rule: 'layout.title', reason: 'a line of several words without sentence punctuation reads as a title' };
}

/** The page's non-blank lines, trimmed, with their layout form. */
export function pageLines(text: string): Line[] {
  const raw: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) raw.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  const counts = new Map<string, number>();
  const words = raw.map((l) => wordCount(l.text));
  // only a short line can be repeated chrome: a long one is never normalised (a page may be one line of a megabyte)
  const keys = raw.map((l, i) => (words[i]! <= REPEAT_MAX_WORDS ? normal(l.text) : null));
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  return raw.map((l, i) => ({ ...l, ...form(l.text, words[i]!, keys[i] === null ? 1 : counts.get(keys[i]!)!) }));
}
