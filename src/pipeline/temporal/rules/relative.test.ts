import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('relative family', () => {
  it.each([
    ['He came yesterday.', 'yesterday', '2024-12-19', '2024-12-18'],
    ['It ended last month.', 'last month', '2025-01-13', '2024-12'],
    ['Talks resume next year.', 'next year', '2024-12-19', '2025'],
    ['It happened last week.', 'last week', '2025-01-13', '2025-W02'],
    ['Prices rose this week.', 'this week', '2024-12-30', '2025-W01'],
    ['He left two years ago.', 'two years ago', '1998-01-08', '1996'],
    ['They met 10 days ago.', '10 days ago', '1998-03-22', '1998-03-12'],
    ['Profit fell in the latest quarter.', 'the latest quarter', '1989-11-02', '1989-Q3'],
    ['He left a decade ago.', 'a decade ago', '1999-03-12', '1989'],
    ['In a fortnight, the board meets.', 'a fortnight', '2024-10-31', '2024-W46'],
    ['It aims for 10 million devices by the end of the decade.', 'the end of the decade', '2026-02-10', '202'],
    ['Seas could rise a metre by the end of the century.', 'the end of the century', '2021-08-03', '20'],
    ['Profit fell in the third quarter from the corresponding period last year.', 'the corresponding period last year', '1989-11-01', '1988-Q3'],
    ['The judge gave the defense until the end of the month to respond.', 'the end of the month', '2023-01-13', '2023-01'],
    ['The ship sank the day before yesterday.', 'the day before yesterday', '2000-02-24', '2000-02-22'],
    ['We leave the day after tomorrow.', 'the day after tomorrow', '2000-02-24', '2000-02-26'],
    ['Prices rose the week before last.', 'the week before last', '2000-02-24', '2000-W06'],
    ['The plant opens the year after next.', 'the year after next', '2000-02-24', '2002'],
  ])('%s → %s (anchor %s) = %s', (text, phrase, anchor, value) => {
    expect(only(text, phrase, anchor).value).toBe(value);
  });
  it('a vague amount of time counts from now only with "ago" or "from now"; "a few days later" is the span alone', () => {
    expect(found('He left several years ago.', '1998-01-08')).toEqual([['several years ago', 'PAST_REF']]);
    expect(found('It will be ready some years from now.', '1998-01-08')).toEqual([['some years from now', 'FUTURE_REF']]);
    expect(found('A few days later the deal was signed.', '1989-11-02')).toEqual([['A few days', 'PXD']]);
    expect(found('The plan was drafted several months before the vote.', '1989-11-02')).toEqual([['several months', 'PXM']]);
  });
  it('a span back or ahead with no calendar unit, or of ten years, is a duration; "the last decade" is the decade', () => {
    expect(found('Casualties rose over the past day.', '2023-03-04')).toEqual([['the past day', 'P1D']]);
    expect(found('Prices rose over the past fortnight.', '2023-03-04')).toEqual([['the past fortnight', 'P2W']]);
    expect(found('Sales doubled over the past decade.', '1998-10-25')).toEqual([['the past decade', 'P10Y']]);
    expect(found('Sales doubled in the last decade.', '1998-10-25')).toEqual([['the last decade', '198']]);
    expect(found('It was the last day of school.', '2023-03-04')).toEqual([]);
  });
  it('"the following day" counts from the date mentioned before', () => {
    const t = only('The summit opened on 4 June. The following day they signed.', 'The following day', '2025-06-17');
    expect(t.value).toBe('2025-06-05');
    expect(t.resolution.anchor.source).toBe('previous-date');
  });
  it('"the previous week" counts from the date mentioned before; "previous week" and "last week" from the anchor', () => {
    const t = only('The plant closed on March 3. The previous week, workers had struck.', 'The previous week', '2025-03-20');
    expect([t.value, t.resolution.anchor.source]).toEqual(['2025-W09', 'previous-date']);
    expect(only('Workers struck last week.', 'last week', '2025-03-20').value).toBe('2025-W11');
  });
  it('"the next morning" and "that night" are parts of the day mentioned before', () => {
    const t = only('The rebels entered the town on March 3. The next morning, the troops left.', 'The next morning', '2025-03-10');
    expect([t.type, t.value, t.resolution.anchor.source]).toEqual(['TIME', '2025-03-04TMO', 'previous-date']);
    expect(only('Riots broke out on March 3. That night, police fired.', 'That night', '2025-03-10').value).toBe('2025-03-03TNI');
  });
  it('"the year ended …" is a reporting period (DURATION P1Y); "the year" alone is the current year', () => {
    const t = only('Net rose 5% in the fiscal year ended Sept. 30.', 'the fiscal year', '1989-11-02');
    expect([t.type, t.value]).toEqual(['DURATION', 'P1Y']);
    expect(only('Sales rose earlier in the year.', 'the year', '1989-11-02').value).toBe('1989');
  });
  it('"the year", "the decade", "the week" in a past sentence written in the first days of one are the ones just ended', () => {
    expect(only('For the year, the average gained 27%.', 'the year', '1990-01-02').value).toBe('1989');
    expect(only('For the decade, the average more than tripled.', 'the decade', '1990-01-02').value).toBe('198');
    expect(only('The chain posted an 8.1% gain for the month.', 'the month', '1993-01-08').value).toBe('1992-12');
    expect(only('For the week, the average slipped 0.8%.', 'the week', '1991-04-01').value).toBe('1991-W13');
    // later in the period, or looking ahead, the one under way
    expect(only('For the year, the average gained 27%.', 'the year', '1990-02-02').value).toBe('1990');
    expect(only('For the year, the average will gain 27%.', 'the year', '1990-01-02').value).toBe('1990');
    expect(only('The chain posted an 8.1% gain for the month.', 'the month', '1993-01-11').value).toBe('1993-01');
  });
  it('"the end of the month", "for the week" are the anchor\'s own month and week; "the day of the week" is no date', () => {
    expect(only('They want a deal by the end of the month.', 'the end of the month', '2025-03-14')).toMatchObject({ value: '2025-03', mod: 'END' });
    expect(only('For the week, the index dropped 3.8%.', 'the week', '1989-10-27').value).toBe('1989-W43');
    expect(only('Claims rose in the week ended Friday.', 'the week', '1989-10-30')).toMatchObject({ type: 'DURATION', value: 'P1W' });
    expect(found('Friday is the busiest day of the week. In the week before the vote, and for the month ahead, rain fell.', '2025-03-14')).toEqual([['Friday', '2025-03-14']]);
  });
  it('anniversaries are the publication\'s month and day back then: "eighty years ago today", "on this day in 1945"', () => {
    const text = 'Eighty years ago today, bells rang. On this day in 1945, crowds filled the streets.';
    expect(found(text, '2025-05-08')).toEqual([['Eighty years ago today', '1945-05-08'], ['this day in 1945', '1945-05-08']]);
    expect(only('Four years ago today, it snowed.', 'Four years ago today', '2024-02-29').value).toBe('2020-02-29');
    expect(only('One year ago today, it snowed.', 'One year ago today', '2024-02-29').value).toBe('2023-02-XX');
    expect(found(text, null)).toEqual([['Eighty years ago today', 'XXXX-XX-XX'], ['this day in 1945', '1945-XX-XX']]);
  });
  it('"the same month a year ago" is the same part of the year before the date mentioned, however fine', () => {
    expect(only('Sales fell 35% in January, compared to the same month a year ago.', 'the same month a year ago', '2009-02-03').value).toBe('2008-01');
    expect(only('Profit rose in the third quarter from the same period last year.', 'the same period last year', '2009-02-03').value).toBe('2007-Q3');
    expect(only('Profit rose from the same period last year.', 'the same period last year', '2009-02-03').value).toBe('2008');
  });
  it('"this week" said on a Sunday is the coming week when the sentence looks ahead, the ending one otherwise', () => {
    expect(only('Han is expected to meet party leaders this week.', 'this week', '2024-12-15').value).toBe('2024-W51');
    expect(only('Shares fell this week.', 'this week', '2024-12-15').value).toBe('2024-W50');
    expect(only('Han is expected to meet party leaders this week.', 'this week', '2024-12-14').value).toBe('2024-W50');
  });
  it('"in three days" is a date; "within three days" is a time limit, a DURATION', () => {
    expect(only('The envoy returns in three days.', 'three days', '2025-06-17')).toMatchObject({ type: 'DATE', value: '2025-06-20' });
    expect(only('Iraq must withdraw within a week.', 'a week', '2025-06-17')).toMatchObject({ type: 'DURATION', value: 'P1W' });
  });
  it('"N years/decades ago this month" is the publication\'s month back then', () => {
    expect(only('A decade ago this month, the plant closed.', 'A decade ago this month', '2025-06-20').value).toBe('2015-06');
    expect(only('Fifty years ago this month, Saigon fell.', 'Fifty years ago this month', '2025-04-20').value).toBe('1975-04');
  });
  it('"in N days" after a count of things is the span they fall in, a DURATION; alone it is a day ahead', () => {
    expect(only('Ashby play three games in seven days.', 'seven days', '2024-06-18')).toMatchObject({ type: 'DURATION', value: 'P7D' });
    expect(only('The talks resume in seven days.', 'seven days', '2024-06-18')).toMatchObject({ type: 'DATE', value: '2024-06-25' });
  });
  it('"in N years" after a superlative is a span looked back over, a DURATION', () => {
    expect(only('It was the first Labour budget in 14 years.', '14 years', '2024-11-18')).toMatchObject({ type: 'DURATION', value: 'P14Y' });
    expect(only('Spending rose 0.2%, the smallest gain in a year.', 'a year', '1989-11-02')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(only('It fell, its second weekly decline in three weeks.', 'three weeks', '2025-06-21')).toMatchObject({ type: 'DURATION', value: 'P3W' });
    expect(only('He kept his sixth clean sheet in eight weeks, and the club rose.', 'eight weeks', '2026-02-09')).toMatchObject({ type: 'DURATION', value: 'P8W' });
    expect(only('Lifesavers urged caution after the deadliest summer in five years.', 'five years', '2024-03-13')).toMatchObject({ type: 'DURATION', value: 'P5Y' });
  });
  it('"one year after" an event is the span alone, a DURATION; "a year earlier" is a date', () => {
    expect(found('The iPhone 3G went on sale one year after the first model.', '2008-06-10')).toEqual([['one year', 'P1Y']]);
    expect(found('A year earlier, sales were lower.', '1998-01-08')).toEqual([['A year earlier', '1997']]);
  });
  it('"a year earlier" after a quarter is the year-ago quarter', () => {
    expect(only('Net rose in the third quarter, from $5 million a year earlier.', 'a year earlier', '1989-11-02').value).toBe('1988-Q3');
  });
  it.each([
    ['Shares rose 3% in the week to Friday.', 'Friday'],
    ['Profit rose in the year to March.', 'March'],
  ])('"the week/year to <date>" is a reporting period, not the current week or year: %s', (text, date) =>
    expect(found(text, '2024-12-19').map(([t]) => t)).toEqual([date]));
  it.each(['It lasted three days later than planned? no', 'the day-to-day work', 'Today show host'])('negative: %s', (text) => {
    expect(found(text).filter(([t]) => /later|day-to/.test(t!))).toEqual([]);
  });
});
