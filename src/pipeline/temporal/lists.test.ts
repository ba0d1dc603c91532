import { describe, expect, it } from 'vitest';
import { found } from './testing';

describe('days listed under one month', () => {
  it.each([
    ['The summit is on April 24 and 25.', [['April 24', '2025-04-24'], ['25', '2025-04-25']]],
    ['Talks ran on March 3, 4 and 5 in Geneva.', [['March 3', '2025-03-03'], ['4', '2025-03-04'], ['5', '2025-03-05']]],
    ['Voting is on 24 and 25 May.', [['24', '2025-05-24'], ['25 May', '2025-05-25']]],
    ['It met on June 4, 2024 and 5 more times.', [['June 4, 2024', '2024-06-04']]],
  ])('%s', (text, expected) => expect(found(text, '2025-03-10')).toEqual(expected));
  it.each([
    'On April 24, 25 people were killed.',
    'On April 24 and 25 people were killed.',
    'On Feb. 28 and 30 others.',
  ])('negative: %s lists no second day', (text) => expect(found(text, '2025-03-10')).toHaveLength(1));
});

describe('weekdays listed under one "next", "last" or "this"', () => {
  it('share it: "next Thursday and Friday" are both next week\'s, said on a Friday', () => {
    expect(found('EU leaders will gather next Thursday and Friday, diplomats said on Friday.', '2025-03-14')).toEqual([
      ['next Thursday', '2025-03-20'], ['Friday', '2025-03-21'], ['Friday', '2025-03-14'],
    ]);
    expect(found('Strikes hit last Monday, Tuesday and Wednesday.', '2025-03-14')).toEqual([
      ['last Monday', '2025-03-10'], ['Tuesday', '2025-03-11'], ['Wednesday', '2025-03-12'],
    ]);
  });
  it('not across other words: "next Thursday, and on Friday" keeps each its own', () => {
    expect(found('They meet next Thursday, and he flew home on Friday.', '2025-03-12')).toEqual([['next Thursday', '2025-03-13'], ['Friday', '2025-03-07']]);
  });
});
