import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('parts family (quarters, halves, seasons)', () => {
  it.each([
    ['Profit rose in the third quarter.', 'the third quarter', '1989-11-02', '1989-Q3'],
    ['Sales fell in the fourth quarter.', 'the fourth quarter', '1998-01-26', '1997-Q4'],
    ['The 1988 second quarter was weak.', 'The 1988 second quarter', '1989-11-02', '1988-Q2'],
    ['Growth slowed in the first half of the year.', 'the first half of the year', '2025-09-01', '2025-H1'],
    ['Rains came last fall.', 'last fall', '1998-08-17', '1997-FA'],
    ['Talks resume this summer.', 'this summer', '1998-05-01', '1998-SU'],
    ['It snowed in the winter of 1994.', 'the winter of 1994', '1998-01-01', '1994-WI'],
  ])('%s → %s (anchor %s) = %s', (text, phrase, anchor, value) => {
    expect(only(text, phrase, anchor).value).toBe(value);
  });
  it.each(['Prices fall sharply.', 'Water will spring up.', 'A quarter of voters agreed.'])('negative: %s', (text) =>
    expect(found(text)).toEqual([]));
  it('a past-tense quarter may lie most of a year back; a future one only a little ahead', () => {
    expect(only('Delta earned a record in the fiscal first quarter.', 'the fiscal first quarter', '1989-10-26').value).toBe('1989-Q1');
    expect(only('Third-quarter results are expected next week.', 'Third-quarter', '1989-10-26').value).toBe('1989-Q3');
  });
});
