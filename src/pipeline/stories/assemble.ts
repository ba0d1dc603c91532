import type { BlockKind } from '../types';
import { type Line, pageLines } from './layout';
import { isAggregator, isTeaserList, repeatedTeasers, startsArticle, teaserRunStart } from './shape';
import type { Stamp } from './stamps';

// Lines → blocks grouped into stories. The main story is the first run of paragraphs with its header (headline,
// date stamp); it ends at a "Read next"-style heading, at a feed clock, or where a closing run of unrelated teasers
// begins, or where a title with its own date stamp starts another article. Everything else is a teaser story (each
// head-less paragraph its own story; a title or clock opens an item) or boilerplate. A page of unrelated summaries
// or of title+blurb items has no main story.

export interface Draft {
  start: number;
  end: number;
  kind: BlockKind;
  role: string;
  /** Story key (the line index that opened the story); -1 for boilerplate. */
  key: number;
  rule: string;
  reason: string;
  stamp?: Stamp;
}

export interface Assembly {
  drafts: Draft[];
  /** Key of the main story, or null when the page has none. */
  mainKey: number | null;
}

const HEAD_FORMS = new Set(['title', 'stamp', 'label', 'clock']);
/** A note on the article itself, often printed after the list of other stories: "Correction: An earlier version…". */
const STORY_NOTE = /^(?:corrections?|clarification|editor['’]s note|update)\s*:/i;

export function assemble(text: string): Assembly {
  const lines = pageLines(text);
  const blurbs = repeatedTeasers(lines);
  const drafts: (Draft | undefined)[] = [];
  const set = (i: number, kind: BlockKind, role: string, key: number, rule = lines[i]!.rule, reason = lines[i]!.reason) => {
    const l = lines[i]!;
    drafts[i] = { start: l.start, end: l.end, kind, role, key, rule, reason, ...(l.stamp ? { stamp: l.stamp } : {}) };
  };
  const chrome = (i: number) => set(i, 'boilerplate', lines[i]!.chrome?.role ?? 'repeated', -1);

  /** Lines [from, to) outside the main story: teaser items and boilerplate. */
  const teasers = (from: number, to: number) => {
    let current = -1;
    let headed = false;
    let pending: number[] = [];
    for (let i = from; i < to; i++) {
      const l = lines[i]!;
      if (l.form === 'chrome') {
        chrome(i);
        if (l.chrome?.opens) current = -1;
      } else if (mainKey !== null && l.form === 'body' && STORY_NOTE.test(l.text)) {
        set(i, 'main', 'note', mainKey, 'note.story', "a note on the article itself (a correction, an editor's note), wherever the page puts it");
      } else if (l.form === 'clock' || l.form === 'label') {
        set(i, 'boilerplate', l.form, -1, l.rule, l.form === 'clock' ? 'a bare clock time in a list of other stories' : 'a section label');
        if (l.form === 'clock') (current = -1), (headed = true);
      } else if (l.form === 'title' || l.form === 'stamp') {
        if (l.form === 'title') (current = -1), (headed = true);
        pending.push(i);
      } else {
        if (current < 0 || !headed || pending.length) current = i;
        for (const p of pending) set(p, 'teaser', lines[p]!.stamp?.rule.role ?? 'headline', current);
        pending = [];
        set(i, 'teaser', 'summary', current, blurbs.has(i) ? 'teaser.repeated-blurb' : 'teaser.item', blurbs.has(i)
          ? 'a truncated teaser whose full text appears further down the page' : 'a paragraph of another story listed on the page');
      }
    }
    for (const p of pending) set(p, 'boilerplate', lines[p]!.stamp?.rule.role ?? 'title', -1);
  };

  let mainKey: number | null = null;
  const aggregator = isAggregator(lines);
  const first = aggregator || isTeaserList(lines) ? -1 : lines.findIndex((l) => l.form === 'body');
  if (aggregator) {
    const top = lines.findIndex((l) => l.form === 'body');
    for (let i = 0; i < top; i++) lines[i]!.form === 'chrome' ? chrome(i) : set(i, 'boilerplate', lines[i]!.form === 'title' ? 'page-title' : 'label', -1);
    teasers(top, lines.length);
  } else if (first < 0) teasers(0, lines.length);
  else {
    let head = first;
    while (head > 0 && (HEAD_FORMS.has(lines[head - 1]!.form) || lines[head - 1]!.form === 'chrome')) head--;
    while (lines[head]!.form === 'chrome') head++;
    const live = lines.slice(head, first).some((l) => l.form === 'clock');
    let end = first + 1;
    while (end < lines.length && !(lines[end]!.chrome?.opens || (lines[end]!.form === 'clock' && !live) || startsArticle(lines, end))) end++;
    const body = lines.map((l, i) => i).filter((i) => i >= first && i < end && lines[i]!.form === 'body');
    const lead = [...lines.slice(head, first).filter((l) => l.form === 'title'), ...body.slice(0, 2).map((i) => lines[i]!)].map((l) => l.text).join(' ');
    // a heading that opens a list of other stories ("Related") ends the story: what comes before it is the story's own
    const marked = !!lines[end]?.chrome?.opens;
    const run = teaserRunStart(lines, body, lead, new Set(blurbs.values()), !marked && lines.some((l) => l.form === 'chrome'));
    if (run !== null) end = run;
    if (end < lines.length) while (end - 1 > first && HEAD_FORMS.has(lines[end - 1]!.form)) end--;
    mainKey = first;
    teasers(0, head);
    let headline = false;
    for (let i = head; i < end; i++) {
      const l = lines[i]!;
      if (l.form === 'chrome') chrome(i);
      else if (l.form === 'blurb') teasers(i, i + 1);
      else if (l.form === 'body') set(i, 'main', 'body', first);
      else if (l.form === 'title') set(i, 'main', i < first && !headline && (headline = true) ? 'headline' : 'subheading', first);
      else if (l.form === 'label') set(i, i < first ? 'boilerplate' : 'main', i < first ? 'label' : 'subheading', i < first ? -1 : first);
      else set(i, 'main', l.stamp?.rule.role ?? 'clock', first);
    }
    teasers(end, lines.length);
  }
  const out = drafts.filter((d): d is Draft => d !== undefined);
  const merged = new Map([...blurbs].map(([blurb, target]) => [drafts[blurb]!.key, drafts[target]?.key ?? -1] as const).filter(([, into]) => into >= 0));
  for (const d of out) d.key = merged.get(d.key) ?? d.key;
  return { drafts: splitDatelines(out), mainKey };
}

/** A paragraph that opens with a dateline ("Seoul (Reuters) -") becomes a dateline block and a body block. */
function splitDatelines(drafts: Draft[]): Draft[] {
  return drafts.flatMap((d) => {
    if (!d.stamp || d.stamp.rule.whole || d.kind === 'boilerplate') return [d];
    const cut = d.start + d.stamp.length;
    const { stamp, ...rest } = d;
    return [{ ...d, end: cut, role: 'dateline', rule: stamp.rule.id, reason: stamp.rule.reason }, { ...rest, start: cut }];
  });
}
