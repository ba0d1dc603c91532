import type { Evidence, Piece } from './clues/evidence';
import { eventClues } from './clues/events';
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
  const story = pieces.map((p) => p.text).join('\n');
  const all = pieces.flatMap((p) => [...roleClues(p), ...eventClues(p, story), ...yearClues(p)]).sort((a, b) => a.clue.start - b.clue.start);
  // The same words twice (a teaser blurb and its full paragraph) are one clue.
  return all.filter((e, i) => all.findIndex((o) => o.clue.rule === e.clue.rule && o.clue.text === e.clue.text) === i);
}

const agrees = (a: Evidence, b: Evidence) => intersect(a.allowed, b.allowed).length > 0;

export function combine(evidence: readonly Evidence[]): Estimate {
  const support = evidence.map((e) => e.strength + evidence.filter((o) => o !== e && agrees(e, o)).reduce((s, o) => s + o.strength, 0));
  const keep = evidence.map((e, i) => evidence.every((o, j) => o === e || agrees(e, o) || support[j]! < support[i]!));
  let kept = evidence.filter((_, i) => keep[i]);
  let allowed = kept.reduce<Span[]>((set, e) => intersect(set, e.allowed), [{ from: null, to: null }]);
  if (allowed.length === 0) {
    // Clues that pairwise agree but not all together: add them greedily, most supported first.
    allowed = [{ from: null, to: null }];
    kept = [];
    for (const i of evidence.map((_, i) => i).sort((a, b) => support[b]! - support[a]!)) {
      const next = intersect(allowed, evidence[i]!.allowed);
      if (next.length) (allowed = next), kept.push(evidence[i]!);
    }
    kept.sort((a, b) => a.clue.start - b.clue.start);
  }
  return { window: kept.length ? hull(allowed) : null, kept, dropped: evidence.filter((e) => !kept.includes(e)) };
}
