import { describe, expect, it } from 'vitest';
import { quotedSpans } from './quotes';
import { findTriggers } from './triggers';

const find = (text: string) => findTriggers(text, 0, text.length, quotedSpans(text));

describe('findTriggers', () => {
  it('finds verb and nominal triggers with offsets and rule ids', () => {
    const text = 'Han held phone talks with Ishiba after Yoon was impeached over his imposition of martial law.';
    const found = find(text);
    expect(found.map((t) => [t.rule.id, t.text, text.slice(t.start, t.end)])).toEqual([
      ['call.phone', 'phone talks', 'phone talks'],
      ['impeachment.passive', 'was impeached', 'was impeached'],
      ['martial-law.declare', 'imposition of martial law', 'imposition of martial law'],
    ]);
  });
  it('keeps the longer of two overlapping triggers', () => {
    expect(find('They held a state visit.').map((t) => t.rule.id)).toEqual(['visit.noun']);
  });
  it('reads an ordinal before the trigger', () => {
    expect(find('during their first summit in June').map((t) => t.ordinal)).toEqual([1]);
    expect(find('Their second meeting is set').map((t) => t.ordinal)).toEqual([2]);
    expect(find('They met.')[0]!.ordinal).toBeUndefined();
  });
  it('ignores triggers inside quoted speech', () => {
    expect(find('the leaders "agreed to further develop" ties').map((t) => t.rule.id)).toEqual([]);
  });
  it('finds nothing in a sentence without a happening', () => {
    expect(find('Relations have long been complicated by historical grievances.')).toEqual([]);
  });
});
