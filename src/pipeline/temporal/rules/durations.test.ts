import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('durations family', () => {
  it.each([
    ['It took two weeks.', 'two weeks', 'P2W'],
    ['He served 11 years.', '11 years', 'P11Y'],
    ['A ban of 180 days.', '180 days', 'P180D'],
    ['Talks lasted three hours.', 'three hours', 'PT3H'],
    ['Shares fell for eight trading days.', 'eight trading days', 'P8D'],
    ['Bids are due within 10 business days.', '10 business days', 'P10D'],
    ['He led the band for a quarter-century.', 'a quarter-century', 'P25Y'],
    ['It stood for half a century.', 'half a century', 'P50Y'],
    ['The trial is expected to last two weeks.', 'two weeks', 'P2W'],
    ['Fighting could last months, and the last two weeks were worst.', 'the last two weeks', 'P2W'],
    ['Prices rose over the past three years.', 'the past three years', 'P3Y'],
    ['A two-year term.', 'two-year', 'P2Y'],
    ['It took several months.', 'several months', 'PXM'],
    ['For two decades.', 'two decades', 'P20Y'],
    ['After a day-long meeting.', 'day-long', 'P1D'],
    ['A decades-long feud ended.', 'decades-long', 'PXY'],
    ['A months-long inquiry.', 'months-long', 'PXM'],
    ['Firms get an additional year to comply.', 'an additional year', 'P1Y'],
  ])('%s → %s = %s', (text, phrase, value) => {
    const t = only(text, phrase);
    expect([t.type, t.value]).toEqual(['DURATION', value]);
  });
  it.each([
    ['Refugees lived in camps for 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['The hearing lasted 5 1/2 hours.', '5 1/2 hours', 'PT5H30M'],
    ['It ran for a minute and a half.', 'a minute and a half', 'PT1M30S'],
    ['He waited two and a half days.', 'two and a half days', 'P2DT12H'],
    ['A 1½-hour meeting.', '1½-hour', 'PT1H30M'],
    ['Half an hour later.', 'Half an hour', 'PT30M'],
    ['It took 2.5 years.', '2.5 years', 'P2Y6M'],
    ['It took 1.5 weeks.', '1.5 weeks', 'P1.5W'],
  ])('writes a fraction in the next smaller unit where TimeML can: %s', (text, phrase, value) => {
    expect(only(text, phrase).value).toBe(value);
  });
  it('leaves "a year-earlier loss" to the year-earlier rule', () => {
    expect(found('Net fell, compared with a year-earlier loss of $5 million.', '1989-11-02')).toEqual([['year-earlier', '1988']]);
  });
  it('takes in quantity modifiers', () => expect(only('It took more than four hours.', 'more than four hours').mod).toBe('MORE_THAN'));
  it('"a second" is a duration only when nothing of its own follows it', () => {
    expect(found('It lasted a second, maybe less.')).toEqual([['a second', 'PT1S']]);
    expect(found('The lights dimmed for a second or two.')).toEqual([['a second', 'PT1S']]);
  });
  it.each(['A second summit is planned.', 'It will be a second betrayal.', 'Officials see two quarter-point cuts.', 'Mr. Schwarz, 52 years old, will succeed him.', 'A 20-year-old man.', 'He watched 60 Minutes.', 'In the 1988 quarter'])('negative: %s', (text) =>
    expect(found(text).filter(([, v]) => /^P/.test(v!))).toEqual([]));
});
