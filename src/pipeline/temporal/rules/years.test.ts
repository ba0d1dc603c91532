import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('years family', () => {
  it('two digits after a year end a range only when they come after it: "1998-02" is no range', () =>
    expect(found('Scores were 1998-02 and 10-12.')).toEqual([['1998', '1998']]));
  it.each([
    ['Korea was ruled between 1910 and 1945.', '1910', '1910'],
    ['Korea was ruled between 1910 and 1945.', '1945', '1945'],
    ['The plan runs 2018-2022.', '2022', '2022'],
    ["Japan's 1910-45 colonial rule ended.", '45', '1945'],
    ['The 2023–24 season was long.', '24', '2024'],
    ['Profit fell in fiscal 1997.', 'fiscal 1997', '1997'],
    ['It grew in the 1990s.', 'the 1990s', '199'],
    ['Clocks made in the 1600s.', 'the 1600s', '16'],
    ['Homes built in the 2000s.', 'the 2000s', '200'],
    ["It grew in the '80s.", "the '80s", '198'],
    ['Wars of the 20th century.', 'the 20th century', '19'],
    ['A 17th-century church collapsed.', '17th-century', '16'],
    ['A target for 2030.', '2030', '2030'],
    ['Capital spending in FY2024 rose.', 'FY2024', '2024'],
    ["Guidance for FY '98 held.", "FY '98", '1998'],
    ["The Nikkei is at its lowest since '82.", "'82", '1982'],
    ["He was drafted in '08.", "'08", '2008'],
  ])('%s → %s = %s', (text, phrase, value) => expect(only(text, phrase, null).value).toBe(value));
  it('reads early/mid/late as START/MID/END', () => {
    expect(only('Elections come in early 2026.', 'early 2026', null).mod).toBe('START');
    expect(only('It peaked in mid-1996.', 'mid-1996', null).mod).toBe('MID');
  });
  it.each(["Alumna Kim '82 spoke.", "The '82s were fine.", 'It cost $1999.', 'About 2000 troops left.', 'Up 1998.5 points', 'Call 1-800-1999.'])('negative: %s', (text) =>
    expect(found(text, null)).toEqual([]));
});
