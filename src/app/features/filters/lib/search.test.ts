import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/event-index';
import { sample } from '../../../lib/test-bundle';
import { buildSearch } from './search';

const index = buildIndex(sample());
const found = (q: string) => {
  const hits = buildSearch(index).search(q);
  return hits && [...hits].map((i) => index.events[i]!.id).sort();
};

describe('buildSearch().search', () => {
  it('returns null for a blank query', () => expect(found('  ')).toBeNull());
  it('matches titles by word prefix', () => expect(found('phone tal')).toEqual(['e-han']));
  it('matches source sentences, not only titles', () => expect(found('sidelines')).toEqual(['e-us']));
  it('matches actor names', () => expect(found('Ishiba')).toEqual(['e-han', 'e-lee']));
  it('requires every word', () => expect(found('Ishiba Lima')).toEqual([]));
  it('finds nothing for unrelated words', () => expect(found('volcano')).toEqual([]));
});
