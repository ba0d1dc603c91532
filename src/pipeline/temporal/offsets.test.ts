import { describe, expect, it } from 'vitest';
import { movedDay } from './offsets';
import { found, only } from './testing';

describe('a day named from another day', () => {
  it.each([
    ['The day before last Tuesday, talks broke down.', 'The day before last Tuesday', '2000-02-24', '2000-02-21'],
    ['Shops open the day after Christmas.', 'the day after Christmas', '2000-02-24', '2000-12-26'],
    ['He arrived the day before Dec. 1 and left.', 'the day before Dec. 1', '2000-12-05', '2000-11-30'],
    ['They met the day after Monday at 3 p.m.', 'the day after Monday', '2000-02-24', '2000-02-22'],
  ])('%s → %s (anchor %s) = %s', (text, phrase, anchor, value) => expect(only(text, phrase, anchor).value).toBe(value));
  it('says why', () => expect(only('The day before last Tuesday, talks broke down.', 'The day before last Tuesday', '2000-02-24').resolution.reason).toMatch(/the day before → 2000-02-21$/));
  it('leaves a day that is not one alone: "the day before the Feb. 5 vote" is the vote\'s eve, not a move of Feb. 5', () =>
    expect(found('It fell the day before the Feb. 5 vote.', '2000-02-24')).toEqual([['Feb. 5', '2000-02-05']]));
  it('moves a resolved day and keeps its time; a day it cannot name stays unknown', () => {
    expect(movedDay('2000-03-01', -1)).toBe('2000-02-29');
    expect(movedDay('2000-02-28TNI', 1)).toBe('2000-02-29TNI');
    expect(movedDay('XXXX-WXX-2', 1)).toBe('XXXX-XX-XX');
  });
});
