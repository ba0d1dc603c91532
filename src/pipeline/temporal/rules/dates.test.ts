import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('dates family', () => {
  it.each(['They live on the 15th floor.', 'It was held on the 75th anniversary.'])('negative: %s has no day of the month', (text) =>
    expect(found(text, '2025-06-05')).toEqual([]));
  it.each([
    ['They met on 4 June.', '4 June', '2025-06-17', '2025-06-04'],
    ['They met on June 4, 2025.', 'June 4, 2025', '2024-01-01', '2025-06-04'],
    ['It began on Dec. 3.', 'Dec. 3', '2024-12-19', '2024-12-03'],
    ['It began on the 3rd of December.', 'the 3rd of December', '2024-12-19', '2024-12-03'],
    ['Filed 2025-06-04.', '2025-06-04', '2020-01-01', '2025-06-04'],
    ['A statement dated 2025.06.04 said so.', '2025.06.04', '2025-06-05', '2025-06-04'],
    ['Ministers met in Seoul on the 15th.', 'the 15th', '2025-06-05', '2025-05-15'],
    ['Ministers will meet in Seoul on the 15th.', 'the 15th', '2025-06-05', '2025-06-15'],
    ['Ties were restored on the 22nd.', 'the 22nd', '2025-06-05', '2025-05-22'],
    ['He has led since taking office on the 4th of this month.', 'the 4th of this month', '2025-06-05', '2025-06-04'],
    ['Due on 04/06.', '04/06', '2025-05-20', '2025-06-04'],
    ['Objections close on 04/06/2025, the council said on 3 March.', '04/06/2025', '2025-02-26', '2025-06-04'],
    ['Boeing unveiled the jet on 7/8/07. Deliveries begin in May 2008, after tests on July 2 and Aug. 9.', '7/8/07', '2007-07-09', '2007-07-08'],
    ['It happened on 25/12/2024 and 12/25/2024.', '12/25/2024', '2025-01-10', '2024-12-25'],
    ['Talks will resume January 20.', 'January 20', '2024-12-28', '2025-01-20'],
    ['The visit runs September 23-29.', 'September 23-29', '2025-07-01', '2025-09-23'],
    ['It happened in December.', 'December', '2025-01-13', '2024-12'],
    ['It will happen in August.', 'August', '2025-01-13', '2025-08'],
    ['He left last April.', 'last April', '2025-06-01', '2025-04'],
    ['He was shot last Oct. 23 at his home.', 'last Oct. 23', '1999-04-19', '1998-10-23'],
    ['In January this year, police arrived.', 'January this year', '1998-12-03', '1998-01'],
    ['Franchises lapse after October of next year.', 'October of next year', '2009-05-15', '2010-10'],
    ['It peaked in July last year.', 'July last year', '1998-02-19', '1997-07'],
    ['In the week of Jan. 6, it will hold its investor day.', 'the week of Jan. 6', '2024-10-31', '2025-W02'],
    ['Delivery is set for the week of 6 March 2000.', 'the week of 6 March 2000', '2000-02-24', '2000-W10'],
    ['In the fiscal year ended Jan. 31, sales rose.', 'Jan. 31', '1989-10-31', '1989-01-31'],
    ['It will launch in a window that opens Dec. 18, the company said.', 'Dec. 18', '2021-03-17', '2021-12-18'],
    ['On Friday, Oct. 27, 1989 shares fell.', 'Friday, Oct. 27, 1989', '1989-11-02', '1989-10-27'],
  ])('%s → %s (anchor %s) = %s', (text, phrase, anchor, value) => {
    expect(only(text, phrase, anchor).value).toBe(value);
  });
  it('a day said aloud, "November eleventh", is a date; "the March second-quarter report" is no second of March', () => {
    expect(found('The airline was grounded on November eleventh.', '1997-01-02')).toEqual([['November eleventh', '1996-11-11']]);
    expect(found('The March second-quarter report came.', '1997-01-02').map(([t]) => t)).not.toContain('March second');
    expect(found('Sales in March first rose, then fell.', '1997-06-02')).toEqual([['March', '1997-03']]);
  });
  it('"this" before a day with its year points at a photo, not at this year: "In this Aug. 14, 2017, file photo"', () => {
    expect(found('FILE - In this Aug. 14, 2017, file photo, workers load flour.', '2018-12-31')).toEqual([['Aug. 14, 2017', '2017-08-14']]);
    expect(found('It opens this May 3.', '2018-12-31')).toEqual([['this May 3', '2018-05-03']]);
  });
  it('"March" and "May" alone are months after a word that introduces a date, or as a determiner\'s adjective', () => {
    expect(found('It was prepared to cut rates at the March meeting.', '2001-02-01')).toEqual([['March', '2001-03']]);
    expect(found('The board met its May deadline.', '2001-06-01')).toEqual([['May', '2001-05']]);
    expect(found('He spoke at the March on Washington.', '2001-02-01')).toEqual([]);
    expect(found('Theresa May spoke.', '2001-02-01')).toEqual([]);
    expect(found('Critics said the May government had failed.', '2019-06-01')).toEqual([]);
  });
  it('"September of that year" is a month of the year of the date mentioned before; "of the following year" the one after', () => {
    expect(found('The war erupted on March 2, 1992, and a truce came in July of that year.', '2012-02-29')).toEqual([['March 2, 1992', '1992-03-02'], ['July of that year', '1992-07']]);
    expect(found('The plant shut in 1998 and reopened in June of the following year.', '2012-02-29')).toEqual([['1998', '1998'], ['June of the following year', '1999-06']]);
  });
  it('a weekday written with a day picks its year: "Saturday, May 3" said in June 2024 is 2025\'s', () => {
    expect(only('The last round, on Saturday, May 3, kicks off at noon.', 'Saturday, May 3', '2024-06-18').value).toBe('2025-05-03');
    expect(only('The last round, on Friday, May 3, kicked off at noon.', 'Friday, May 3', '2024-06-18').value).toBe('2024-05-03');
    expect(only('It opened on Tuesday, 4 June.', 'Tuesday, 4 June', '2025-06-18').value).toBe('2024-06-04');
  });
  it.each(['You may leave.', 'They march on.', 'Jan Kowalski spoke.', 'It costs 12/3 of that.', 'Feb. 30 is no day.'])(
    'negative: %s',
    (text) => expect(found(text).filter(([, v]) => /^\d{4}-\d{2}/.test(v!))).toEqual([]),
  );
});
