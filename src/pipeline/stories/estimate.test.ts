import { describe, expect, it } from 'vitest';
import type { Evidence } from './clues/evidence';
import { combine, findClues } from './estimate';

const clue = (text: string, from: string | null, to: string | null, strength = 0.8): Evidence => ({
  clue: { kind: 'role', text, start: 0, end: text.length, rule: 'test', reason: 'test' },
  allowed: [{ from, to }],
  strength,
});

describe('combine', () => {
  it('intersects agreeing clues', () => {
    const r = combine([clue('a', '2024-11-06', '2025-01-20'), clue('b', '2022-05-10', '2024-12-14'), clue('c', '2024-10-01', null)]);
    expect(r.window).toEqual({ from: '2024-11-06', to: '2024-12-14' });
    expect(r.dropped).toEqual([]);
  });
  it('sets aside two equally trusted clues that contradict each other', () => {
    const mayor = clue('the mayor', '2010-07-01', '2018-03-15');
    const former = clue('a former prime minister', '2025-10-21', null);
    expect(combine([mayor, former])).toEqual({ window: null, kept: [], dropped: [mayor, former] });
  });
  it('an outvoted or weaker clue loses to the rest', () => {
    const year = clue('in 2019', '2019-01-01', '2019-12-31', 0.5);
    const r = combine([clue('upcoming summit', '2025-08-08', '2025-08-14', 0.9), year, clue('President Lee', '2025-06-04', null)]);
    expect(r.window).toEqual({ from: '2025-08-08', to: '2025-08-14' });
    expect(r.dropped).toEqual([year]);
  });
  it('no clue, no window', () => {
    expect(combine([]).window).toBeNull();
  });
});

describe('findClues', () => {
  it('finds role, event and year clues across pieces with page offsets, once each', () => {
    const pieces = [{ start: 100, text: 'President-elect Donald Trump met in 2024 with allies.' }, { start: 200, text: 'President-elect Donald Trump spoke.' }];
    const found = findClues(pieces);
    expect(found.map((e) => [e.clue.kind, e.clue.start])).toEqual([['role', 100], ['year', 133]]);
  });
});
