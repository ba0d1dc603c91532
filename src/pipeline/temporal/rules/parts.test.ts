import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('parts family (quarters, halves, seasons)', () => {
  it('"the second half" of a match report is no half of the year; "the second half of 2025" still is', () => {
    expect(found('Okafor scored twice and the lads showed real character in the second half.', '2024-11-10')).toEqual([]);
    expect(found('After the match, the club said sales would rise in the second half of 2025.', '2024-11-10')).toEqual([['the second half of 2025', '2025-H2']]);
  });
  it.each([
    ['Profit rose in the third quarter.', 'the third quarter', '1989-11-02', '1989-Q3'],
    ['Sales fell in the fourth quarter.', 'the fourth quarter', '1998-01-26', '1997-Q4'],
    ['The 1988 second quarter was weak.', 'The 1988 second quarter', '1989-11-02', '1988-Q2'],
    ['Growth slowed in the first half of the year.', 'the first half of the year', '2025-09-01', '2025-H1'],
    ['Rains came last fall.', 'last fall', '1998-08-17', '1997-FA'],
    ['Talks resume this summer.', 'this summer', '1998-05-01', '1998-SU'],
    ['It snowed in the winter of 1994.', 'the winter of 1994', '1998-01-01', '1994-WI'],
    ['Revenue in Q3 2024 was 79 trillion won.', 'Q3 2024', '2024-10-31', '2024-Q3'],
    ['Profit rose in Q3.', 'Q3', '2024-10-31', '2024-Q3'],
    ["Sales fell in H1 '25.", "H1 '25", '2025-08-01', '2025-H1'],
    ['Profit for the July-September quarter rose.', 'the July-September quarter', '2024-10-31', '2024-Q3'],
    ['Revenue rose 8% from the December quarter of 2024.', 'the December quarter of 2024', '2026-02-04', '2024-Q4'],
    ['Sales in the March quarter fell.', 'the March quarter', '2026-05-04', '2026-Q1'],
    ['Capacity comes online in the second half of calendar 2026.', 'the second half of calendar 2026', '2026-02-04', '2026-H2'],
    ['It ships in the first quarter of calendar 2027.', 'the first quarter of calendar 2027', '2026-02-04', '2027-Q1'],
    ['Sales were up from the first quarter of last year.', 'the first quarter of last year', '2009-04-22', '2008-Q1'],
    ['It opens in the fourth quarter of next year.', 'the fourth quarter of next year', '2009-04-22', '2010-Q4'],
    ['Output fell in the second half of last year.', 'the second half of last year', '2009-04-22', '2008-H2'],
    ['Output fell in the first half of last year.', 'the first half of last year', '2009-09-22', '2008-H1'],
  ])('%s → %s (anchor %s) = %s', (text, phrase, anchor, value) => {
    expect(only(text, phrase, anchor).value).toBe(value);
  });
  it.each(['Prices fall sharply.', 'Water will spring up.', 'A quarter of voters agreed.', 'Route q3 and the H4 visa.', 'They won seven games, scoring 31 goals in that period.'])('negative: %s', (text) =>
    expect(found(text)).toEqual([]));
  it('a capitalised season before a capitalised word is a name, not the season', () => {
    expect(found('Shoppers crowded markets before the Spring Festival holiday.', '2025-01-20')).toEqual([['Spring Festival', '2025-01-29']]);
    expect(found('She won gold at the Summer Olympics.', '2025-01-20')).toEqual([]);
    expect(found('Growth slowed in the Summer, the bank said.', '2025-09-20')).toEqual([['the Summer', '2025-SU']]);
  });
  it('three months that are no calendar quarter make no quarter', () => {
    expect(found('Sales in the March-May period rose.', '2024-10-31').filter(([, v]) => /Q/.test(v!))).toEqual([]);
    expect(found('Sales in the April-June period rose.', '2024-10-31')).toEqual([['the April-June period', '2024-Q2']]);
  });
  it('a past-tense quarter may lie most of a year back, and a future one most of a year ahead', () => {
    expect(only('Delta earned a record in the fiscal first quarter.', 'the fiscal first quarter', '1989-10-26').value).toBe('1989-Q1');
    expect(only('Nimbus aimed to be profitable by Q4.', 'Q4', '2026-02-10').value).toBe('2026-Q4');
    expect(only('The firm said it would open a plant in the fourth quarter.', 'the fourth quarter', '2026-02-10').value).toBe('2026-Q4');
  });
  it.each([
    ['Third-quarter results are expected next week.', 'Third-quarter', '1989-10-26', '1989-Q3'],
    ['It expects to report a net loss for the third quarter.', 'the third quarter', '1989-10-30', '1989-Q3'],
    ['It plans to restructure in the wake of a third-quarter loss.', 'third-quarter', '1989-10-26', '1989-Q3'],
  ])('results to come are for a period that is over: %s', (text, phrase, anchor, value) => {
    const t = only(text, phrase, anchor);
    expect(t.value).toBe(value);
    expect(t.resolution.reason).toMatch(/reported for a period that is over/);
  });
});
