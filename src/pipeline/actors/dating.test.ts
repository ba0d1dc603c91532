import { describe, expect, it } from 'vitest';
import type { Block, PublicationContext, Timex } from '../types';
import { dateMention } from './dating';

const context = (over: Partial<PublicationContext>): PublicationContext => ({ value: null, from: null, to: null, provenance: 'unknown', note: '', ...over });
const block = (c: PublicationContext): Block => ({ start: 0, end: 200, kind: 'main', role: 'body', story: 0, context: c, rule: 't', reason: 't' });
const timex = (text: string, start: number, value: string, type: Timex['type'] = 'DATE'): Timex => ({
  text, start, end: start + text.length, type, value,
  resolution: { rule: 't', reason: 't', anchor: { value: null, source: 'none', provenance: 'unknown' }, estimated: false },
});
const sentence = { start: 0, end: 100 };

describe('dateMention', () => {
  it('takes the nearest calendar-dated expression of the sentence', () => {
    const timexes = [timex('1910', 5, '1910'), timex('4 June', 60, '2025-06-04'), timex('2024-12', 150, '2024-12')];
    expect(dateMention(50, sentence, block(context({ value: '2025-06-17' })), timexes)).toMatchObject({ from: '2025-06-04', to: '2025-06-04' });
  });

  it('ignores durations, undated values and other sentences, falling back to the publication day', () => {
    const timexes = [timex('three days', 10, 'P3D', 'DURATION'), timex('Monday', 20, 'XXXX-WXX-1'), timex('May 2020', 150, '2020-05')];
    expect(dateMention(50, sentence, block(context({ value: '2025-01-13', provenance: 'curated' })), timexes)).toEqual({
      from: '2025-01-13', to: '2025-01-13', source: 'publication 2025-01-13 (curated)',
    });
  });

  it('uses an estimated window, or nothing when the date is unknown', () => {
    const estimated = context({ from: '2025-06-04', to: '2025-10-21', provenance: 'estimated' });
    expect(dateMention(5, sentence, block(estimated), [])).toMatchObject({ from: '2025-06-04', to: '2025-10-21' });
    expect(dateMention(5, sentence, block(context({})), [])).toMatchObject({ from: null, to: null });
  });
});
