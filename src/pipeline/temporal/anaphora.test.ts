import { describe, expect, it } from 'vitest';
import { fromPrevious } from './anaphora';
import { found, only } from './testing';

describe('anaphora: counting from the date mentioned before', () => {
  it.each([
    ['They met on Oct. 3. The following day they split.', 'The following day', '1989-10-04'],
    ['In March, they met. The following month, they split.', 'The following month', '1989-04'],
    ['Net rose in the third quarter, from $5 million a year earlier.', 'a year earlier', '1988-Q3'],
    ['Shares fell 5% on Friday, Oct. 20, from the previous Friday.', 'the previous Friday', '1989-10-13'],
    ['He arrived on Oct. 3 and left the following Monday.', 'the following Monday', '1989-10-09'],
    ['She sang in the summer of 1968. The following year she was appointed.', 'The following year', '1969'],
    ['When he took over in 1972, shipments had tripled over the previous decade.', 'the previous decade', '196'],
    ['The fire broke out on Feb. 27, 2001. He had bought petrol that Monday.', 'that Monday', '2001-02-26'],
  ])('%s → %s = %s', (text, phrase, value) => {
    const t = only(text, phrase, '1989-10-27');
    expect(t.value).toBe(value);
    expect(t.resolution.anchor.source).toBe('previous-date');
  });
  it('does not invent a day from a month-level mention: "In March … the following day" is a day of March left X', () => {
    const day = { kind: 'shift', grain: 'day', by: 1, anaphoric: 'always' } as const;
    expect(fromPrevious(day, '1989-03', 'past')?.value).toBe('1989-03-XX');
    expect(fromPrevious({ ...day, by: 0 }, '1989', 'past')?.value).toBe('1989-XX-XX');
    expect(fromPrevious({ ...day, by: 7 }, '1989-03', 'past')).toBeNull();
    expect(fromPrevious({ ...day, grain: 'month' }, '1989-03', 'past')?.value).toBe('1989-04');
  });
  it('"that same day" after "last October" is a day of that October, not the publication day', () => {
    const t = only('Slepian was killed last October. His name was crossed out that same day.', 'that same day', '1999-02-06');
    expect([t.value, t.resolution.anchor.source]).toEqual(['1998-10-XX', 'previous-date']);
  });
  it('a timeline of clock times runs on past midnight into the next day, whose "next morning" is that day\'s', () => {
    const text = 'He went on television at 10:25 p.m. on Thursday. Troops landed at 11:48 p.m. and entered at 12:15 a.m. The next morning, he resigned.';
    expect(found(text, '2013-06-01')).toEqual([
      ['10:25 p.m. on Thursday', '2013-05-30T22:25'], ['11:48 p.m.', '2013-05-30T23:48'], ['12:15 a.m.', '2013-05-31T00:15'], ['The next morning', '2013-05-31TMO'],
    ]);
  });
  it('a timeline carries over a paragraph break only forward in time, and never into a heading', () => {
    const timeline = 'Paik declared martial law at 10:25 p.m. on Thursday.\n\nThe command banned all political activity at 11 p.m.';
    expect(found(timeline, '2013-06-01').at(-1)).toEqual(['11 p.m.', '2013-05-30T23:00']);
    const back = 'Yoon declared martial law at 10:27 p.m. on Dec. 3.\n\nHan told ministers at the meeting, which began at 10 a.m.';
    expect(found(back, '2024-12-15').at(-1)).toEqual(['10 a.m.', '2024-12-15T10:00']);
  });
  it('a clock time is a time of the day just mentioned, else of the publication day', () => {
    const text = 'The final is on Sunday, 15 December, with a 14:00 GMT kick-off. Gates open at 12:00.';
    expect(found(text, '2024-11-10')).toEqual([
      ['Sunday, 15 December', '2024-12-15'], ['14:00 GMT', '2024-12-15T14:00'], ['12:00', '2024-12-15T12:00'],
    ]);
    expect(only('Gates open at 12:00.', '12:00', '2024-11-10').resolution.anchor.source).toBe('publication');
  });
  it.each([
    ['Park was impeached in December 2016 and removed the following March.', 'the following March', '2017-03'],
    ['On this day in 1945 the war ended; the following spring, rationing eased.', 'the following spring', '1946-SP'],
    ['The bridge opened on 4 June 2019, after a flood the previous winter.', 'the previous winter', '2018-WI'],
    ['Sales fell in March 2019 and again the following March.', 'the following March', '2020-03'],
    ['The strike began in May 1968, and pickets stood firm through that summer.', 'that summer', '1968-SU'],
  ])('"the following March" is the first March after the date mentioned before: %s', (text, phrase, value) => {
    const t = only(text, phrase, '2025-05-08');
    expect([t.value, t.resolution.anchor.source]).toEqual([value, 'previous-date']);
  });
  it('without a date mentioned before, "the following March" is the next March from publication', () => {
    expect(only('Voting ends the following March.', 'the following March', '2025-05-08').value).toBe('2026-03');
  });
  it('without a day mentioned before, "the previous Friday" counts from publication', () => {
    const t = only('Shares rose from the previous Friday.', 'the previous Friday', '1989-10-27');
    expect([t.value, t.resolution.anchor.source]).toEqual(['1989-10-20', 'publication']);
  });
  it('so does a clause that opens with a year after a semicolon', () => {
    const text = 'The toll is likely far higher; in 2024, officials reported 40,000 cases between March and July.';
    expect(found(text, '2025-06-02')).toEqual([['2024', '2024'], ['March', '2024-03'], ['July', '2024-07']]);
  });
  it('a sentence that opens with a year sets the year of its months; a year later in the sentence does not', () => {
    const text = 'Last year, floods killed 200 people between May and July. Prices rose since 2019, and in May they hit a record.';
    expect(found(text, '2023-07-12')).toEqual([['Last year', '2022'], ['May', '2022-05'], ['July', '2022-07'], ['2019', '2019'], ['May', '2023-05']]);
  });
});
