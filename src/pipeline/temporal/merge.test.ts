import { describe, expect, it } from 'vitest';
import { found, only } from './testing';

describe('joinClockToDay', () => {
  it.each([
    ['The deadline will be 9 a.m. Tuesday.', '9 a.m. Tuesday', '2000-04-04T09:00', '2000-04-03'],
    ['Talks end at 5 p.m. EST, Nov. 9.', '5 p.m. EST, Nov. 9', '1989-11-09T17:00', '1989-11-02'],
    ['Voting closed at midnight Friday.', 'midnight Friday', '1989-10-27T24:00', '1989-10-30'],
    ['The blast came at 10 p.m. on June 4, 2025.', '10 p.m. on June 4, 2025', '2025-06-04T22:00', '2025-06-10'],
    ['The blast came at 10 p.m. June 4 last year.', '10 p.m. June 4 last year', '2024-06-04T22:00', '2025-06-10'],
  ])('joins a clock to the day after it: %s', (text, phrase, value, dct) => {
    expect(found(text, dct)).toContainEqual([phrase, value]);
  });
  it('gives a clock the day after its bracketed other-zone clock, which restates it and is no expression', () => {
    const text = 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.';
    expect(found(text, '1998-08-08')).toEqual([
      ['10:35 a.m.', '1998-08-07T10:35'],
      ['Friday', '1998-08-07'],
    ]);
  });
  it('gives a clock the day inside its bracket when both times fall on that day', () => {
    const dct = '2000-04-05';
    expect(found('He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.', dct)).toEqual([
      ['4 in the morning', '2000-04-06T04:00'],
      ['4 a.m. EDT Thursday', '2000-04-06T04:00'],
    ]);
    // 2 a.m. where it is 1800 GMT Friday is already Saturday: the clock does not take Friday
    expect(found('The polls will close at 2 a.m. (1800 GMT Friday).', dct)).toEqual([
      ['2 a.m.', '2000-04-05T02:00'],
      ['1800 GMT Friday', '2000-04-07T18:00'],
    ]);
  });
  it('joins "overnight" to its night: "overnight Saturday"', () => {
    expect(found('Drones struck Kyiv overnight Saturday, officials said.', '2024-11-24')).toEqual([['overnight Saturday', '2024-11-23TNI']]);
  });
  it('gives a clock after its day ("Monday at 3 p.m.") that day, each keeping its own words', () => {
    expect(found('The council will meet Monday at 3 p.m. to discuss it.', '2024-11-24')).toEqual([
      ['Monday', '2024-11-25'],
      ['3 p.m.', '2024-11-25T15:00'],
    ]);
  });
  it('joins a dated stamp and its clock into one time; a day and its clock in prose stay two', () => {
    expect(found('Updated Sep. 1, 2021, 1:07 a.m.', '2021-09-01')).toEqual([['Sep. 1, 2021, 1:07 a.m.', '2021-09-01T01:07']]);
    expect(found('Posted Jan 2, 2026 / 03:10 PM CST', '2026-01-02')).toEqual([['Jan 2, 2026 / 03:10 PM CST', '2026-01-02T15:10']]);
    expect(found('The vote came on Monday at 3 p.m.', '2021-09-01')).toEqual([['Monday', '2021-08-30'], ['3 p.m.', '2021-08-30T15:00']]);
  });
  it('reads a clock before a part of a day by that part: "five o\'clock this afternoon" is 17:00', () => {
    expect(found('The verdict is due at 9:30 tomorrow morning, the judge said before five o\'clock this afternoon.', '2007-11-01')).toEqual([
      ['9:30 tomorrow morning', '2007-11-02T09:30'], ["five o'clock this afternoon", '2007-11-01T17:00'],
    ]);
    expect(only("Crews worked until 11 o'clock Friday night.", "11 o'clock Friday night", '2007-11-01').value).toBe('2007-10-26T23:00');
    expect(only('The vote opens at 12:30 tonight.', '12:30 tonight', '2007-11-01').value).toBe('2007-11-01T00:30');
    expect(only('Doors open at 8 p.m. Thursday evening.', '8 p.m. Thursday evening', '2007-11-01').value).toBe('2007-11-01T20:00');
  });
  it('leaves a clock alone when no day follows it', () => {
    expect(found('The bomb went off at 10:35 a.m. (0735 GMT), police said.', '1998-08-08')).toEqual([['10:35 a.m.', '1998-08-08T10:35']]);
  });
});

describe('joinDurationParts', () => {
  it.each([
    ['Service returned two hours and 55 minutes after the failure.', 'two hours and 55 minutes', 'PT2H55M'],
    ['He served a year and six months.', 'a year and six months', 'P1Y6M'],
    ['The search went on for 13 days and 3 hours.', '13 days and 3 hours', 'P13DT3H'],
  ])('reads a duration told in parts, largest first, as one: %s', (text, phrase, value) => {
    expect(only(text, phrase).value).toBe(value);
  });
  it('leaves parts out of order, or a count of something else, as they are', () => {
    expect(found('It took three days and two weeks.')).toEqual([['three days', 'P3D'], ['two weeks', 'P2W']]);
    expect(found('After two years and 15 reports.')).toEqual([['two years', 'P2Y']]);
  });
});

describe('joinClockToSet', () => {
  it.each([
    ['Screenings run each evening at 7:30.', 'each evening at 7:30', 'XXXX-XX-XXT19:30'],
    ['The council meets every Monday at 9 a.m.', 'every Monday at 9 a.m.', 'XXXX-WXX-1T09:00'],
    ['Trains leave daily at 6:15.', 'daily at 6:15', 'XXXX-XX-XXT06:15'],
    ['Shows play each Friday night at 9:15.', 'each Friday night at 9:15', 'XXXX-WXX-5T21:15'],
    ['Guards change every night at 2:00.', 'every night at 2:00', 'XXXX-XX-XXT02:00'],
  ])('joins a set of days and its clock into one set: %s', (text, phrase, value) => {
    const t = only(text, phrase, '2023-09-04');
    expect([t.type, t.value]).toEqual(['SET', value]);
  });
  it('leaves a clock after anything else a time of one day', () => {
    expect(found('He arrived every bit as late, at 7:30.', '2023-09-04')).toEqual([['7:30', '2023-09-04T07:30']]);
  });
});
