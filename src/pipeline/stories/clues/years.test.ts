import { describe, expect, it } from 'vitest';
import { yearClues } from './years';

const spans = (text: string) => yearClues({ start: 0, text }).map((e) => [e.clue.text, e.allowed[0]!.from]);

describe('yearClues', () => {
  it('a month or year told as past bounds the story from below', () => {
    expect(spans('The talks resumed in March 2024 after a pause.')).toEqual([['in March 2024', '2024-03-01']]);
    expect(spans('He has lived there since 1998, neighbours said.')).toEqual([['since 1998', '1998-01-01']]);
  });
  it('negative cases: future sentences, ranges and bare numbers give nothing', () => {
    expect(spans('Trade will double by 2030.')).toEqual([]);
    expect(spans('The plan runs in 2026 to 2030 and is expected to pass.')).toEqual([]);
    expect(spans('Sales rose in 2024-25.')).toEqual([]);
    expect(spans('A crowd of 2024 people gathered.')).toEqual([]);
  });
});
