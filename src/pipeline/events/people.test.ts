import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../types';
import { unionPeople } from './people';

const report = (actors: TimelineEvent['actors'], unlinked?: TimelineEvent['unlinked']) => ({ actors, ...(unlinked ? { unlinked } : {}) }) as TimelineEvent;

describe('unionPeople', () => {
  it('keeps each linked person once, by id, and each unlinked person once, by name', () => {
    const merged = unionPeople([
      report([{ id: 'p1', name: 'Han Duck-soo', role: 'acting president' }], [{ name: 'Kyrylo Budanov', role: 'military intelligence chief', country: 'UA' }]),
      report([{ id: 'p1', name: 'Han Duck-soo' }, { id: 'p2', name: 'Shigeru Ishiba' }], [{ name: 'Kyrylo Budanov', role: null, country: 'UA' }]),
    ]);
    expect(merged.actors.map((a) => a.id)).toEqual(['p1', 'p2']);
    expect(merged.unlinked?.map((u) => u.name)).toEqual(['Kyrylo Budanov']);
  });
  it('adds no unlinked field when nobody is unlinked', () => {
    expect(unionPeople([report([{ id: 'p1', name: 'A' }])])).toEqual({ actors: [{ id: 'p1', name: 'A' }] });
  });
});
