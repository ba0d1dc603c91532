import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { context, tag } from './testing';

// Properties over any input: the tagger does not throw, offsets are valid and non-overlapping, values are
// well-formed TIMEX3; and pathological input is scanned in linear time (a ratio against a baseline, no wall clock).

const DATE = '(?:\\d{4}|\\d{3}|\\d{2}|XXXX|XXX|XX)(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?|-W(?:\\d{2}|XX)(?:-(?:[1-7]|WE))?|-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))?';
const TIME = '(?:T(?:\\d{2}:\\d{2}|MO|AF|EV|NI))?';
const WELL_FORMED = new RegExp(
  `^(?:${DATE}${TIME}|XXXX-WXX-[1-7]${TIME}|P(?:\\d+(?:\\.\\d+)?|X)[YMWDQCEL]|PT(?:\\d+(?:\\.\\d+)?|X)[HMS]|PRESENT_REF|PAST_REF|FUTURE_REF)$`,
);

const WORDS = [
  'on', 'Tuesday', 'last', 'next', 'week', 'June', '4', '2025', 'the', 'past', 'three', 'years', 'ago', 'in', 'May', 'may',
  'December', '3rd', 'of', 'early', 'mid-', '1990s', 'quarter', 'first', 'half', 'yesterday', 'now', 'every', 'day',
  '08:21', 'GMT', '12/25', '/', '-', ',', '.', "'", 'a', 'year', 'earlier', 'following', 'Christmas', 'fiscal', '1,000',
  '$', '%', 'twenty-five', 'nineteen', 'ninety-six', 'p.m.', 'summer', 'fall', '\n', 'é', '日本', '🙂',
];
const newsish = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(newsish, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));
const anyContext = fc.oneof(
  fc.constant(context(null)),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => context(d.toISOString().slice(0, 10))),
  fc.constant(context(null, ['2025-06-04', '2025-10-21'])),
);

describe('tagTemporal properties', () => {
  it('never throws; offsets valid, ordered, non-overlapping; values well-formed TIMEX3', () => {
    fc.assert(
      fc.property(anyText, anyContext, (text, ctx) => {
        const timexes = tag(text, ctx);
        let end = 0;
        for (const t of timexes) {
          expect(t.start).toBeGreaterThanOrEqual(end);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.value, `${t.text} → ${t.value}`).toMatch(WELL_FORMED);
          expect(t.resolution.rule).toMatch(/^[a-z]+\./);
          end = t.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['digits and separators', '1/1/1-1 '],
    ['repeated determiners', 'the the a an this '],
    ['unit soup', 'years days weeks months '],
    ['numbers and units', '12 12:12:12 1999-12- '],
    ['long word', 'x'],
  ])('scans pathological input (%s) in linear time', { timeout: 120_000 }, (_, unit) => {
    const run = (bytes: number) => {
      const text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
      let best = Infinity; // the fastest of five runs: other processes only ever slow a run down
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        tag(text, context('2025-01-01'));
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    run(20_000); // warm-up
    const small = run(200_000);
    const big = run(1_000_000);
    // 5× the input: linear scanning takes about 5× as long; quadratic would take 25×. The bound is generous.
    expect(big / Math.max(small, 10)).toBeLessThan(18); // a floor on the baseline keeps timer noise out
  });
});
