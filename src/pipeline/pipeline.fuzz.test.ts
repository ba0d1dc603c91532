import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './pipeline';
import type { PublicationContext } from './types';

// Article text is hostile: whatever it holds, the pipeline must not throw, hang, or report offsets that do not slice
// back to the text. These properties run over random and adversarial strings.

const TIMEX3_VALUE =
  /^(?:[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI)(?:-(?:[0-9X]{2}|WE|[1-7]))?)?(?:T[0-9X:.]+|T(?:MO|AF|EV|NI|DT))?|P(?:[0-9.X]+[YMWDHSELCQ]|T[0-9.X]+[HMS])+|PT?X[YMWDHS]|PRESENT_REF|PAST_REF|FUTURE_REF)$/;

const dct: PublicationContext = { value: '2024-12-19', from: '2024-12-19', to: '2024-12-19', provenance: 'curated', note: 'test' };

const NEWSY = [
  'on Tuesday', 'last Saturday', 'December 3', '4 June', 'next year', 'last month', 'in 2025', '1910 and 1945',
  'President Lee', 'Yoon Suk Yeol', 'Ishiba', 'North Korea', 'Seoul said', 'met with', 'was impeached', 'Read next',
  '11:41', '\n', '\n\n', '. ', ', ', '"', '’', '…', '08:21 GMT', 'two weeks ago', 'the following day', '2024-12-19',
  '<img src=x onerror=alert(1)>', '\u200b', '\u202e', '😀', '\ud800', 'Update:', 'Tags:',
];
const newsyText = fc.array(fc.oneof(fc.constantFrom(...NEWSY), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(' '));

function checkInvariants(text: string, supplied: PublicationContext | null) {
  const a = analyzeDocument({ docId: 'fuzz', text, supplied });
  for (const t of a.timexes) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.value).toMatch(TIMEX3_VALUE);
  }
  const sorted = [...a.timexes].sort((x, y) => x.start - y.start);
  sorted.forEach((t, i) => i > 0 && expect(t.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end));
  for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const e of a.events) expect(e.start < e.end && e.end <= text.length).toBe(true);
  for (const b of a.blocks) expect(b.start <= b.end && b.end <= text.length).toBe(true);
}

describe('analyzeDocument on hostile text', () => {
  it('holds its invariants on 10,000 random and news-like strings', () => {
    fc.assert(
      fc.property(fc.oneof(newsyText, fc.string({ unit: 'binary', maxLength: 200 })), fc.boolean(), (text, withDct) => {
        checkInvariants(text, withDct ? dct : null);
      }),
      { numRuns: 10_000, seed: 20241219 },
    );
  }, 300_000);

  it.each([
    ['one letter repeated', 'a'],
    ['digits and dashes', '2024-'],
    ['month names', 'January '],
    ['numbers in words', 'twenty-one '],
    ['dots', '. '],
    ['spaces', ' '],
    ['title words', 'President Prime Minister '],
  ])('scales linearly on a pathological input: %s', (_name, unit) => {
    const time = (size: number) => {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const t0 = performance.now();
      analyzeDocument({ docId: 'big', text, supplied: dct });
      return performance.now() - t0;
    };
    // The best of a few runs: load from other processes only ever adds time, so the minimum is the truest figure.
    const best = (runs: number, size: number) => Math.min(...Array.from({ length: runs }, () => time(size)));
    time(16_384); // warm up
    const small = Math.max(best(3, 65_536), 1);
    const large = best(2, 1_048_576);
    // 16× the text; linear is ~16× the time. A quadratic blow-up would be ~256×. Generous bound for noisy machines.
    expect(large / small).toBeLessThan(64);
  }, 180_000);
});
