import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const slices = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(slices('Han met Ishiba. They agreed. "We will," he said.')).toEqual([
      'Han met Ishiba.',
      'They agreed.',
      '"We will," he said.',
    ]);
  });
  it('keeps abbreviations and initials inside the sentence', () => {
    expect(slices('The U.S. President met Lt. Gen. Kyrylo Budanov on Dec. 3 in Kyiv. Then he left.')).toEqual([
      'The U.S. President met Lt. Gen. Kyrylo Budanov on Dec. 3 in Kyiv.',
      'Then he left.',
    ]);
  });
  it('treats line breaks as boundaries and trims white space', () => {
    expect(slices('Headline here\n\n  Body text.  \nRead next')).toEqual(['Headline here', 'Body text.', 'Read next']);
  });
  it('does not split inside a number or a lower-case continuation', () => {
    expect(slices('It grew 2.5 percent. and then some. Next one.')).toEqual([
      'It grew 2.5 percent. and then some.',
      'Next one.',
    ]);
  });
  it('returns offsets that slice back to the text', () => {
    const t = 'A “quoted” line. Another! And? Yes.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
  });
});
