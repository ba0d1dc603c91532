import type { Clue, PipelineInput, PublicationContext } from '../types';
import type { Draft } from './assemble';
import type { Evidence } from './clues/evidence';
import { addDays } from './days';
import { combine, type Estimate, findClues } from './estimate';
import { narrowToDay } from './monthday';
import { hull, intersect, isClosed, type Span, widen, width } from './window';

// Each story's publication context, in order of trust: stated on the page → curated (the supplied context for the
// main story, input.curatedStories for others) → estimated from its clues → unknown. An estimate left open on a
// side borrows the nearest closed windows of the stories around it ("neighbour"), widened to at least
// NEIGHBOUR_DAYS since a teaser can be weeks away from the story beside it. On a dated page without a main story
// (a list of summaries), the month before the page date plays that part.

export const NEIGHBOUR_DAYS = 61;
/** Summaries on a page with a date but no main story were written in the month before it. */
const LISTING_DAYS = 31;
export const NEIGHBOUR_STRENGTH = 0.3;

export const UNKNOWN: PublicationContext = { value: null, from: null, to: null, provenance: 'unknown', note: 'no publication date stated, supplied or inferable' };

const day = (value: string, provenance: 'stated' | 'curated', note: string): PublicationContext => ({ value, from: value, to: value, provenance, note });

function confidence(window: Span, strongest: number): number {
  if (!isClosed(window)) return Math.round(strongest * 30) / 100;
  const days = width(window);
  const factor = days <= 14 ? 1 : days <= 62 ? 0.85 : days <= 366 ? 0.7 : 0.5;
  return Math.round(strongest * factor * 100) / 100;
}

const asClue = (e: Evidence, window: Span): Clue => {
  const span = hull(intersect(e.allowed, [window])) ?? hull(e.allowed)!;
  return { ...e.clue, from: span.from, to: span.to };
};

function estimated(window: Span, kept: readonly Evidence[], dropped: readonly Evidence[]): PublicationContext {
  const used = kept.map((e) => `${e.clue.kind} '${e.clue.text}'`).join(', ');
  const set = dropped.length ? `; set aside as contradicted: ${dropped.map((e) => `'${e.clue.text}'`).join(', ')}` : '';
  return {
    value: window.from !== null && window.from === window.to ? window.from : null,
    from: window.from,
    to: window.to,
    provenance: 'estimated',
    note: `estimated ${window.from ?? '…'} to ${window.to ?? '…'} from ${used}${set}`,
    clues: kept.map((e) => asClue(e, window)),
    confidence: confidence(window, Math.max(...kept.map((e) => e.strength))),
  };
}

interface StoryText {
  key: number;
  drafts: Draft[];
}

/** Contexts by story key, and the page's context. */
export function storyContexts(text: string, stories: readonly StoryText[], mainKey: number | null, input: PipelineInput) {
  const given = new Map<number, PublicationContext>();
  const estimates = new Map<number, Estimate>();
  for (const { key, drafts } of stories) {
    const stamp = drafts.find((d) => d.stamp?.date);
    const curated = input.curatedStories?.find((c) => drafts.some((d) => text.startsWith(c.startsWith, d.start)));
    if (stamp) given.set(key, day(stamp.stamp!.date!, 'stated', `stated on the page: '${text.slice(stamp.start, stamp.start + stamp.stamp!.length).trim()}'`));
    else if (key === mainKey && input.supplied) given.set(key, input.supplied);
    else if (curated) given.set(key, curated.context);
    else estimates.set(key, combine(findClues(drafts.filter((d) => d.kind !== 'boilerplate').map((d) => ({ start: d.start, text: text.slice(d.start, d.end) })))));
  }
  const closed = (key: number): Span | null => {
    const g = given.get(key);
    const w = g ? { from: g.from, to: g.to } : estimates.get(key)?.window;
    return w && isClosed(w) ? w : null;
  };
  const listing = mainKey === null && input.supplied?.value ? { from: addDays(input.supplied.value, -LISTING_DAYS), to: input.supplied.value } : null;
  const out = new Map<number, PublicationContext>(given);
  // Neighbours in page order of where each story ends (a teaser blurb at the top belongs with its full paragraph).
  const order = [...stories].sort((a, b) => a.drafts.at(-1)!.start - b.drafts.at(-1)!.start);
  // before[i] / after[i]: the nearest story with a closed window before / after order[i].
  const before: (StoryText | undefined)[] = [undefined];
  const after: (StoryText | undefined)[] = [];
  order.forEach((s, i) => (before[i + 1] = closed(s.key) ? s : before[i]));
  for (let i = order.length - 1; i > 0; i--) after[i - 1] = closed(order[i]!.key) ? order[i] : after[i];
  order.forEach(({ key }, i) => {
    const own = estimates.get(key);
    if (!own) return;
    const window = own.window ?? { from: null, to: null };
    if (own.window && isClosed(own.window)) return void out.set(key, estimated(own.window, own.kept, own.dropped));
    const prev = before[i];
    const next = after[i];
    const around = hull([prev, next].filter((s) => s !== undefined).map((s) => closed(s.key)!));
    const near = listing ?? (around ? widen(around, NEIGHBOUR_DAYS) : null);
    const filled = near ? intersect([window], [near]) : [];
    if (filled.length === 0 || !near) return void out.set(key, own.window ? estimated(own.window, own.kept, own.dropped) : UNKNOWN);
    const source = listing ? `the page date ${input.supplied!.value}` : prev && next ? 'the stories before and after it' : `the story ${prev ? 'before' : 'after'} it`;
    const anchor = listing ? undefined : (prev ?? next)?.drafts[0];
    const neighbour: Evidence = {
      clue: { kind: 'neighbour', text: anchor ? text.slice(anchor.start, Math.min(anchor.end, anchor.start + 60)) : '', start: anchor?.start ?? 0,
        end: anchor ? Math.min(anchor.end, anchor.start + 60) : 0, rule: 'neighbour.window', reason: `published near ${source}: ${near.from} to ${near.to}` },
      allowed: [near],
      strength: NEIGHBOUR_STRENGTH,
    };
    out.set(key, estimated(filled[0]!, [...own.kept, neighbour], own.dropped));
  });
  for (const { key, drafts } of stories) {
    const dateline = drafts.find((d) => d.stamp?.monthDay);
    if (dateline) out.set(key, narrowToDay(out.get(key)!, dateline.stamp!.monthDay!, { text: text.slice(dateline.start, dateline.start + dateline.stamp!.length).trim(), start: dateline.start }));
  }
  return { contexts: out, page: pageContext(text, stories, mainKey, input, out) };
}

function pageContext(text: string, stories: readonly StoryText[], mainKey: number | null, input: PipelineInput, contexts: Map<number, PublicationContext>): PublicationContext {
  if (mainKey !== null) return contexts.get(mainKey) ?? UNKNOWN;
  if (input.supplied) return input.supplied;
  const pieces = stories.flatMap((s) => s.drafts.filter((d) => d.kind !== 'boilerplate').map((d) => ({ start: d.start, text: text.slice(d.start, d.end) })));
  const page = combine(findClues(pieces));
  if (!page.window) return UNKNOWN;
  const context = estimated(page.window, page.kept, page.dropped);
  return { ...context, note: `page of ${stories.length} stories, ${context.note}` };
}
