import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('spelled years family', () => {
  it.each([
    ['It was nineteen ninety-six.', 'nineteen ninety-six', '1996'],
    ['By the year two thousand.', 'the year two thousand', '2000'],
    ['Music of the nineties.', 'the nineties', '199'],
    ['Prices soared in the late eighties.', 'the late eighties', '198'],
    ['Since January nineteen ninety-seven, prices fell.', 'January nineteen ninety-seven', '1997-01'],
    ['It began in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', '1994-WI'],
    ['By May two thousand and one it was over.', 'May two thousand and one', '2001-05'],
  ])('%s → %s = %s', (text, phrase, value) => expect(only(text, phrase, null).value).toBe(value));
  it('an early/mid/late decade carries its mod', () => expect(only('Since the mid-seventies, it grew.', 'the mid-seventies', null).mod).toBe('MID'));
  it.each(['nineteen people came', 'two thousand troops', 'She is in her late eighties.'])('negative: %s', (text) => expect(found(text, null)).toEqual([]));
});
