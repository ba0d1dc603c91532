import { describe, expect, it } from 'vitest';
import { cohesion, terms } from './cohesion';

describe('cohesion', () => {
  const lead = terms('South Korea and Japan agreed to deepen cooperation with the United States at the G7 summit, President Lee said.');
  it('a paragraph on the same actors and topic scores high', () => {
    expect(cohesion('Japan and South Korea will deepen cooperation, Lee told the summit.', lead)).toBeGreaterThan(0.5);
  });
  it('an unrelated teaser scores low, even when it shares one name', () => {
    expect(cohesion('A powerful eruption at Japan’s Shinmoedake volcano sent an ash plume 3,000 metres high.', lead)).toBeLessThan(0.2);
    expect(cohesion('Superman continued to dominate the summer box office.', lead)).toBe(0);
  });
  it('terms drop stop words, short words and plural or possessive endings; names weigh double', () => {
    expect([...terms("The leaders' countries met Japan's envoys in May.")]).toEqual([['leader', 1], ['country', 1], ['japan', 2], ['envoy', 1]]);
    expect(cohesion('', lead)).toBe(0);
  });
});
