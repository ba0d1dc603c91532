import { describe, expect, it } from 'vitest';
import { segment } from './segments';

const view = (s: ReturnType<typeof segment>) => s.map((x) => [x.text, x.marks.map((m) => m.kind).join('+')]);

describe('segment', () => {
  it('returns the whole text unmarked without marks', () => {
    expect(view(segment('plain text', []))).toEqual([['plain text', '']]);
  });
  it('cuts around a mark, keeping every character once', () => {
    const parts = segment('met on Thursday.', [{ start: 7, end: 15, kind: 'timex' }]);
    expect(view(parts)).toEqual([['met on ', ''], ['Thursday', 'timex'], ['.', '']]);
    expect(parts.map((p) => p.text).join('')).toBe('met on Thursday.');
  });
  it('splits overlapping marks into runs carrying both', () => {
    expect(view(segment('President-elect Trump', [{ start: 0, end: 21, kind: 'actor' }, { start: 10, end: 15, kind: 'timex' }]))).toEqual([
      ['President-', 'actor'],
      ['elect', 'actor+timex'],
      [' Trump', 'actor'],
    ]);
  });
  it('maps document offsets into a sentence and clips marks outside it', () => {
    const parts = segment('on Monday', [{ start: 103, end: 109, kind: 'timex' }, { start: 0, end: 50, kind: 'actor' }], 100);
    expect(view(parts)).toEqual([['on ', ''], ['Monday', 'timex']]);
    expect(parts[1]!.start).toBe(103);
  });
  it('keeps markup-like text as text', () => {
    expect(segment('<img src=x onerror=alert(1)>', [{ start: 1, end: 4, kind: 'x' }]).map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });
});
