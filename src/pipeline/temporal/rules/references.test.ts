import { describe, expect, it } from 'vitest';
import { found, only } from '../testing';

describe('references family', () => {
  it.each([
    ['It is now over.', 'now', 'PRESENT_REF'],
    ['He recently left.', 'recently', 'PAST_REF'],
    ['Prices rose in recent years.', 'recent years', 'PAST_REF'],
    ['We will see in the future.', 'the future', 'FUTURE_REF'],
  ])('%s → %s = %s', (text, phrase, value) => expect(only(text, phrase).value).toBe(value));
  it.each(['He knew it previously.', 'Future generations', 'The current account'])('negative: %s', (text) =>
    expect(found(text)).toEqual([]));
  it('"recent weeks" and "recent days" are vague durations, not PAST_REF', () => {
    expect(found('Talks stalled in recent weeks and in recent days.')).toEqual([['recent weeks', 'PXW'], ['recent days', 'PXD']]);
  });
  it('"the past" is not taken from "the past three years"', () => {
    expect(found('Over the past three years it grew.')).toEqual([['the past three years', 'P3Y']]);
    expect(found('Brent rose 3.7% over the past five trading sessions.')).toEqual([]);
  });
});
