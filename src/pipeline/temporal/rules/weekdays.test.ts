import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('weekdays family', () => {
  it('"that Monday" is a weekday counted from the day mentioned before; a reported "that" is no part of it', () => {
    expect(found('Officials said that Monday was quiet.', '2003-03-05')).toEqual([['Monday', '2003-03-03']]);
    expect(found('The vote was on June 2. The board stated that Monday\'s ruling would stand.', '2025-06-20').map(([t]) => t)).toEqual(['June 2', "Monday's"]);
    expect(found('The storm hit on May 20. It is clear that Friday is the deadline.', '2025-06-20').map(([t]) => t)).toEqual(['May 20', 'Friday']);
  });
  it('the nth weekday of a month, its year from the tense; one the month lacks keeps only the month', () => {
    expect(only('Rounds are scheduled on the first Tuesday of March.', 'the first Tuesday of March', '2024-06-18').value).toBe('2025-03-04');
    expect(only('The vote was held on the last Friday in May.', 'the last Friday in May', '2024-06-18').value).toBe('2024-05-31');
    expect(only('It met on the second Sunday of May 2025.', 'the second Sunday of May 2025', '2024-06-18').value).toBe('2025-05-11');
    expect(only('It met on the fifth Monday of February 2024.', 'the fifth Monday of February 2024', '2024-06-18').value).toBe('2024-02-XX');
  });
  it('the nth week of a month is the ISO week of its nth Thursday, the week with most of its days in the month', () => {
    expect(only('Passengers booked for the first week of January.', 'the first week of January', '2006-12-29').value).toBe('2007-W01');
    expect(only('Sales fell in the last week of March.', 'the last week of March', '2009-04-01').value).toBe('2009-W13'); // not W14, which holds March 30-31
    expect(only('Testing is set for the first week of April 2025.', 'the first week of April 2025', '2025-01-02').value).toBe('2025-W14'); // March 31 to April 6
    expect(only('It ran in the fifth week of February 2025.', 'the fifth week of February 2025', '2025-01-02').value).toBe('2025-WXX');
  });
  it.each([
    ['The meeting took place on Tuesday.', 'Tuesday', '2025-06-17', '2025-06-17'],
    ['Han held talks with Ishiba on Thursday.', 'Thursday', '2024-12-19', '2024-12-19'],
    ['Leaders will meet on Tuesday.', 'Tuesday', '2024-12-19', '2024-12-24'],
    ['He was impeached last Saturday.', 'last Saturday', '2024-12-19', '2024-12-14'],
    ['They meet next Friday.', 'next Friday', '2024-12-19', '2024-12-20'],
    ['It fell Tuesday morning.', 'Tuesday morning', '2024-12-19', '2024-12-17TMO'],
    ['It rained last night.', 'last night', '2024-12-19', '2024-12-18TNI'],
    ['Ministers lost their seats overnight.', 'overnight', '2024-07-05', '2024-07-04TNI'],
    ['Talks will continue overnight.', 'overnight', '2024-07-05', '2024-07-05TNI'],
  ])('%s → %s (anchor %s) = %s', (text, phrase, anchor, value) => {
    expect(only(text, phrase, anchor).value).toBe(value);
  });
  it('keeps the weekday and leaves the week unresolved without an anchor', () => {
    expect(only('They met on Tuesday.', 'Tuesday', null).value).toBe('XXXX-WXX-2');
  });
  it('a part of the day told early, mid or late is a time, of the day after it or of the anchor', () => {
    expect(found('In London at mid-afternoon yesterday, shares fell.', '1989-11-02')).toEqual([['mid-afternoon yesterday', '1989-11-01TAF']]);
    expect(only('Stocks rose in late morning trading.', 'late morning', '2023-01-09')).toMatchObject({ type: 'TIME', value: '2023-01-09TMO', mod: 'END' });
    expect(found('He left in the morning.', '2023-01-09')).toEqual([]);
  });
  it.each(['The sun rose.', 'He wed. She sat down.'])('negative: %s', (text) => expect(found(text)).toEqual([]));
});
