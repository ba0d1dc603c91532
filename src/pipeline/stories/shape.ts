import { cohesion, stem, terms } from './cohesion';
import type { Line } from './layout';

// Whole-page cues for where stories begin: a teaser blurb whose full text appears elsewhere on the page, a
// closing run of unrelated one-paragraph stories, a page made only of unrelated summaries or of title+blurb items.

/** Below this cohesion a paragraph is about something else than the reference text. */
export const TOPIC_SHIFT = 0.2;
/** Fewest unrelated paragraphs that make a run of teasers (or an aggregator page). */
export const MIN_RUN = 3;
/** Aggregator summaries are self-contained paragraphs of at least this many words. */
const SUMMARY_MIN_WORDS = 30;

// A paragraph continues the one before it when it opens with a pronoun or a connective ("It marked…", "As did
// Castro…"), or with a definite description of something the previous paragraph named ("The offer…" after "…its
// tender offer").
const ANAPHORIC = /^["“‘']?(it|its|he|his|she|her|they|their|them|this|that|these|those|but|and|also|however|meanwhile|still|yet|both|such|there|the two|at their|in his|in her|as|so|even|instead|earlier|later|now|then|thus)\b/iu;
const DEFINITE = /^["“‘']?[Tt]he\s+(?:\p{Ll}+\s+)?(\p{Ll}[\p{L}-]+)/u;

export function continues(text: string, previous: string | undefined): boolean {
  if (ANAPHORIC.test(text)) return true;
  const noun = DEFINITE.exec(text)?.[1];
  return noun !== undefined && previous !== undefined && terms(previous).has(stem(noun));
}

const prefixKey = (text: string) => text.replace(/(\.\.\.|…)["'”’]?$/u, '').replace(/\s+/g, ' ').trim().toLowerCase();
const MIN_PREFIX = 30;

/**
 * prefixKey(text).slice(0, MIN_PREFIX) without normalising all of a long line: the key of a head of the line is
 * exact but for its last few characters (a trailing "..." or space it may drop), so a long enough one will do.
 */
function openingOf(text: string): string {
  const head = prefixKey(text.slice(0, 4 * MIN_PREFIX));
  return (head.length >= MIN_PREFIX + 5 ? head : prefixKey(text)).slice(0, MIN_PREFIX);
}

/** Blurb line index → index of the body line it is a truncated copy of ("…‘coali..." → the full paragraph). */
export function repeatedTeasers(lines: readonly Line[]): Map<number, number> {
  const byOpening = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.form !== 'body') return;
    const opening = openingOf(line.text);
    if (opening.length === MIN_PREFIX) byOpening.get(opening)?.push(i) ?? byOpening.set(opening, [i]);
  });
  const out = new Map<number, number>();
  lines.forEach((line, i) => {
    if (line.form !== 'blurb') return;
    const key = prefixKey(line.text);
    if (key.length < MIN_PREFIX) return;
    const j = byOpening.get(key.slice(0, MIN_PREFIX))?.find((k) => prefixKey(lines[k]!.text).startsWith(key));
    if (j !== undefined) out.set(i, j);
  });
  return out;
}

/**
 * Where a closing run of teasers starts among the story's paragraphs (`body` = line indices, in order), or null.
 * `known` holds paragraphs known to be teasers (repeated blurbs): the run extends back from the first of them over
 * unrelated paragraphs. Without one, only a page with chrome may end in a run, of at least MIN_RUN paragraphs that
 * are unrelated to the story's lead and do not continue a previous paragraph.
 */
export function teaserRunStart(lines: readonly Line[], body: readonly number[], lead: string, known: ReadonlySet<number>, chrome: boolean): number | null {
  const core = terms(lead);
  const unrelated = (i: number) => cohesion(lines[i]!.text, core) < TOPIC_SHIFT && !continues(lines[i]!.text, lines[i - 1]?.text);
  const first = body.findIndex((i) => known.has(i));
  let k = first >= 0 ? first : body.length;
  if (first < 0 && !chrome) return null;
  while (k > 2 && unrelated(body[k - 1]!)) k--;
  if (first >= 0) return body[k]!;
  return body.length - k >= MIN_RUN ? body[k]! : null;
}

/** A paragraph that opens with a quotation belongs to a story around it: a summary does not open with one. */
const QUOTE_OPENING = /^["“]/u;

/**
 * True when the page is a list of unrelated summaries (under at most a page title): every paragraph is its own story.
 * Not when one dateline heads the first paragraph only ("NEW YORK, June 21 - …": one article that ranges over many
 * topics, as a markets report does), nor when a paragraph continues another or opens with a quotation.
 */
export function isAggregator(lines: readonly Line[]): boolean {
  const first = lines.findIndex((l) => l.form === 'body');
  if (first < 0 || lines.slice(0, first).some((l) => l.form !== 'title' && l.form !== 'label' && l.form !== 'chrome')) return false;
  const content = lines.slice(first).filter((l) => l.form !== 'chrome');
  if (content.length < MIN_RUN + 1 || content.some((l) => l.form !== 'body')) return false;
  if (content[0]!.stamp && !content.slice(1).some((l) => l.stamp)) return false;
  const own = (l: Line, i: number) => !continues(l.text, content[i - 1]?.text) && !QUOTE_OPENING.test(l.text) && l.text.split(/\s+/).length >= SUMMARY_MIN_WORDS;
  if (!content.every(own)) return false;
  const shifts = content.slice(1).filter((l, i) => cohesion(l.text, terms(content[i]!.text)) < TOPIC_SHIFT).length;
  return shifts * 3 >= (content.length - 1) * 2;
}

/** A title followed by a dated stamp or dated dateline starts another full article on the page. */
export function startsArticle(lines: readonly Line[], i: number): boolean {
  if (lines[i]?.form !== 'title') return false;
  let j = i + 1;
  while (lines[j]?.form === 'chrome' || lines[j]?.stamp?.rule.role === 'byline') j++;
  return !!lines[j]?.stamp?.date;
}

/** True when the page is a list of items, each headed by a title (and maybe a clock) with one paragraph. */
export function isTeaserList(lines: readonly Line[]): boolean {
  const content = lines.filter((l) => l.form !== 'chrome' && l.form !== 'label' && l.form !== 'stamp' && l.form !== 'clock');
  let items = 0;
  for (let i = 0; i < content.length; i++) {
    if (content[i]!.form !== 'title') return false;
    let paragraphs = 0;
    while (content[i + 1] && (content[i + 1]!.form === 'body' || content[i + 1]!.form === 'blurb')) paragraphs++, i++;
    if (paragraphs > 1) return false;
    items++;
  }
  return items >= MIN_RUN;
}
