import { describe, expect, it } from 'vitest';
import { makeEvent, makeReported, WEEK } from '../testing/events';
import { DATING_LABELS, datingNote } from './dating';

describe('datingNote(event)', () => {
  it('names the words and the resolution of a happened event', () => {
    const note = datingNote(makeEvent());
    expect(note).toMatch(/^Happened: dated by 'last Saturday' → 2024-12-14 \(/);
    expect(note).toContain('the Saturday before Thu 19 Dec 2024');
    expect(note).not.toContain('estimated');
  });

  it('says a reported event has no date of its own and where its publication date comes from', () => {
    const note = datingNote(makeReported());
    expect(note).toBe("Reported: no date of its own, placed at its story's publication: stated: 'Update: 2024-12-19'");
  });

  it('flags dates resolved against an estimated publication window', () => {
    expect(datingNote(makeEvent({ date: WEEK }))).toMatch(/\(estimated: .*window\)$/);
  });

  it('falls back to the event reason when a happened event has no evidence', () => {
    const bare = makeEvent({ sources: [], reason: 'merged from two reports' });
    expect(datingNote(bare)).toBe('Happened: merged from two reports');
  });

  it('DATING_LABELS labels both kinds', () => {
    expect(Object.keys(DATING_LABELS).sort()).toEqual(['happened', 'reported']);
  });
});
