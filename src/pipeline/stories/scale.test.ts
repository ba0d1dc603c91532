import { describe, expect, it } from 'vitest';
import { segmentPage } from './index';

// Segmentation must stay linear on long multi-line pages (the pipeline fuzz test covers single-line inputs).
describe('segmentPage on long pages', () => {
  it.each([
    ['a list of title + paragraph items', 'Title line of the item here\nOne paragraph follows here on Tuesday.\n'],
    ['repeated blurbs and their paragraphs', 'Leaders met in Rome on Tuesday morning to discuss the coali...\nLeaders met in Rome on Tuesday morning to discuss the coalition.\n'],
    ['clue-heavy sentences', 'President-elect Donald Trump met President Lee before the upcoming Alaska summit in 2024.\n'],
    ['clocks and chrome', '11:41\nShare this\nRead next\n'],
  ])('scales linearly: %s', (_, unit) => {
    const time = (size: number) => {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const t0 = performance.now();
      const { blocks } = segmentPage({ docId: 'big', text, supplied: null });
      expect(blocks.at(-1)!.end).toBe(text.length);
      return performance.now() - t0;
    };
    time(4_096);
    const small = Math.max(time(16_384), 1);
    const large = time(262_144);
    expect(large / small).toBeLessThan(64);
  }, 120_000);
});
