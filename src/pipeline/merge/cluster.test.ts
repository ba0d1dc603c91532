import { describe, expect, it } from 'vitest';
import { canonicalOrder, cluster, combine } from './cluster';
import { analysed, only } from './testing';

const june = only(analysed('a', '2025-08-20', 'Lee met Ishiba at a summit in June.', [['June', '2025-06']]));
const day17 = only(analysed('b', '2025-06-17', 'Lee Jae-myung met Shigeru Ishiba on Tuesday.', [['Tuesday', '2025-06-17']]));
const day30 = only(analysed('c', '2025-06-30', 'Lee Jae-myung met Shigeru Ishiba on Monday.', [['Monday', '2025-06-30']]));

describe('cluster', () => {
  it('never chains two different days through a month-level report', () => {
    const groups = cluster([june, day17, day30]);
    expect(groups.map((g) => g.map((e) => e.docId).sort())).toEqual([['a', 'b'], ['c']]);
  });
  it('leaves unrelated events alone', () => expect(cluster([day17, day30])).toHaveLength(2));
});

describe('combine', () => {
  const merged = combine(canonicalOrder([june, day17]));
  it('takes the most precise compatible date and keeps every source with its own date words', () => {
    expect(merged.date).toMatchObject({ value: '2025-06-17', granularity: 'day' });
    expect(merged.sources.map((s) => [s.docId, s.evidence?.text])).toEqual([['b', 'Tuesday'], ['a', 'June']]);
  });
  it('takes the id of the first report and lists the other as an alias', () => {
    expect(merged.id).toBe(day17.id);
    expect(merged.aliases).toEqual([june.id]);
    expect(merged).toMatchObject({ docId: 'b', rule: 'event.merged' });
  });
});

describe('cluster: dated reports pair first', () => {
  it('lets a dated "first summit" join its day before an undated "second meeting" can claim that day', () => {
    const second = only(analysed('d', '2025-08-20', 'Lee Jae-myung and Shigeru Ishiba will hold their second meeting.'));
    const first = only(analysed('e', '2025-08-20', 'Lee met Ishiba during their first summit in June.', [['June', '2025-06']]));
    const groups = cluster([day17, second, first]);
    expect(groups.map((g) => g.map((e) => e.docId).sort())).toEqual([['b', 'e'], ['d']]);
  });
});
