import { describe, expect, it } from 'vitest';
import { CUES, EVENTS, eventClues, eventsFor, loadCues, loadEvents, type NamedEvent } from './events';

const clues = (text: string) => eventClues({ start: 10, text }, eventsFor(text)).map((e) => ({ rule: e.clue.rule, text: e.clue.text, start: e.clue.start, allowed: e.allowed }));

describe('eventClues', () => {
  it('every named event matches its examples and not its negatives (checked at load)', () => {
    for (const e of EVENTS) for (const x of e.examples) expect(clues(`${x} ${e.requires ? 'in South Korea' : ''}`).length, `${e.id}: ${x}`).toBeGreaterThan(0);
    expect(CUES.length).toBeGreaterThan(5);
  });

  it.each([
    ['counterbalance the upcoming Alaska summit, where', 'alaska-summit-2025+cue.upcoming', { from: '2025-08-08', to: '2025-08-14' }],
    ['Lavrov said that last week’s U.S.-Russia summit in Alaska showed', 'alaska-summit-2025+cue.last-week', { from: '2025-08-18', to: '2025-08-24' }],
    ['Yoon Suk Yeol’s imposition of martial law last month', 'kr-martial-law-2024+cue.last-month-after', { from: '2025-01-01', to: '2025-01-31' }],
    ['leaders gathered in Kananaskis this week for the G7 summit in Kananaskis', 'g7-2025-kananaskis', { from: '2024-01-01', to: null }],
    ['talks since the APEC summit in Lima', 'apec-2024-lima+cue.since', { from: '2024-11-16', to: null }],
    ['ahead of COP30, Brazil said', 'cop30-belem+cue.upcoming', { from: '2023-05-01', to: '2025-11-09' }],
  ])('%s → %s', (text, rule, span) => {
    const found = clues(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule, allowed: [span] });
    expect(text.slice(found[0]!.start - 10, found[0]!.start - 10 + found[0]!.text.length)).toBe(found[0]!.text);
  });

  it('negative cases: ambiguous names need their context, unrelated words match nothing', () => {
    expect(clues('The Thai army declared martial law on Tuesday.')).toEqual([]);
    expect(clues('the G7 summit in Canada and the G20 summit')).toEqual([]);
    expect(clues('a summit in Anchorage, an Alaska earthquake')).toEqual([]);
  });

  it('rejects bad tables, naming the rule', () => {
    const row: NamedEvent = { id: 'x', pattern: 'x summit', reason: 'r', examples: ['x summit'], negatives: [], from: '2025-01-02', to: '2025-01-03', announced: '2025-01-01', source: 's' };
    expect(() => loadEvents([{ ...row, announced: '2025-02-01' }])).toThrow(/"x": needs announced <= from <= to/);
    expect(() => loadEvents([{ ...row, to: '2025-02-30' }])).toThrow(/"x": bad date 2025-02-30/);
    expect(() => loadEvents([row, row])).toThrow(/"x": duplicate id/);
    const cue = { ...CUES[0]!, id: 'cue.bad', from: ['yesterday', 0] as never };
    expect(() => loadCues([cue])).toThrow(/"cue.bad": bad reference/);
  });
});
