import type { Evidence, Piece } from './clues/evidence';
import { eventClues, eventsFor } from './clues/events';
import { roleClues } from './clues/roles';
import { yearClues } from './clues/years';
import { hull, intersect, type Span } from './window';

// Estimation: every clue allows a set of days; the story's window is what the trusted clues allow together.
// Conflicting clues are weighed by support (own strength + strengths of the clues that agree with it): a clue loses
// to a conflicting clue with at least as much support, so two equally trusted clues that contradict each other
// ("Lee Jae-myung, the mayor" vs "Ishiba, a former prime minister") are both set aside.

export interface Estimate {
  window: Span | null;
  kept: Evidence[];
  dropped: Evidence[];
}

export function findClues(pieces: readonly Piece[]): Evidence[] {
  const events = eventsFor(pieces.map((p) => p.text).join('\n'));
  const all = pieces.flatMap((p) => [...roleClues(p), ...eventClues(p, events), ...yearClues(p)]).sort((a, b) => a.clue.start - b.clue.start);
  // The same words twice (a teaser blurb and its full paragraph, a repeated name) are one clue.
  const seen = new Set<string>();
  return all.filter((e) => !seen.has(`${e.clue.rule}\u0000${e.clue.text}`) && !!seen.add(`${e.clue.rule}\u0000${e.clue.text}`));
}

const agrees = (a: Evidence, b: Evidence) => intersect(a.allowed, b.allowed).length > 0;

export function combine(evidence: readonly Evidence[]): Estimate {
  // Clues allowing the same days are weighed as one group (keeps this quadratic step small on long pages).
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) groups.get(JSON.stringify(e.allowed))?.push(e) ?? groups.set(JSON.stringify(e.allowed), [e]);
  const reps = [...groups.values()];
  const weight = reps.map((g) => g.reduce((s, e) => s + e.strength, 0));
  const support = reps.map((g, i) => weight[i]! + reps.reduce((s, o, j) => (j !== i && agrees(g[0]!, o[0]!) ? s + weight[j]! : s), 0));
  const keepGroup = reps.map((g, i) => reps.every((o, j) => j === i || agrees(g[0]!, o[0]!) || support[j]! < support[i]!));
  const groupOf = new Map(reps.flatMap((g, i) => g.map((e) => [e, i] as const)));
  const keep = evidence.map((e) => keepGroup[groupOf.get(e)!]!);
  let kept = evidence.filter((_, i) => keep[i]);
  let allowed = kept.reduce<Span[]>((set, e) => intersect(set, e.allowed), [{ from: null, to: null }]);
  if (allowed.length === 0) {
    // Clues that pairwise agree but not all together: add them greedily, most supported first.
    allowed = [{ from: null, to: null }];
    kept = [];
    for (const i of evidence.map((_, i) => i).sort((a, b) => support[groupOf.get(evidence[b]!)!]! - support[groupOf.get(evidence[a]!)!]!)) {
      const next = intersect(allowed, evidence[i]!.allowed);
      if (next.length) (allowed = next), kept.push(evidence[i]!);
    }
    kept.sort((a, b) => a.clue.start - b.clue.start);
  }
  return { window: kept.length ? hull(allowed) : null, kept, dropped: evidence.filter((e) => !kept.includes(e)) };
}
