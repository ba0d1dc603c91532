import type { Clue } from '../../types';
import type { Span } from '../window';

/** One clue found in a story's text, with the set of publication days it allows (may be several spans). */
export interface Evidence {
  clue: Omit<Clue, 'from' | 'to'>;
  allowed: Span[];
  /** 0..1: how far the clue can be trusted (kind-level, see estimate.ts). */
  strength: number;
}

/** A story's text pieces (blocks) with their page offsets; clue finders scan each piece. */
export interface Piece {
  start: number;
  text: string;
}
