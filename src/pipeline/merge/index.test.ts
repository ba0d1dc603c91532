import { describe, expect, it } from 'vitest';
import { mergeCorpus } from '.';
import { analysed } from './testing';

const A = analysed('a', '2025-06-17', 'Yoon Suk Yeol was impeached in December. Lee Jae-myung met Shigeru Ishiba on Tuesday.', [['December', '2024-12'], ['Tuesday', '2025-06-17']]);
const B = analysed('b', '2024-12-19', 'Yoon was impeached last Saturday.', [['last Saturday', '2024-12-14']]);
const C = analysed('c', '2025-08-20', 'Lee met Ishiba at their first summit in June. Lee met Mark Carney on Monday.', [['June', '2025-06'], ['Monday', '2025-08-18']]);
const resolve = (r: ReturnType<typeof mergeCorpus>, id: string) => r.aliases[id] ?? id;

describe('mergeCorpus', () => {
  const ab = mergeCorpus([A, B]);
  it('makes one event of one happening told by two articles, at the most precise date, with every source', () => {
    const impeachment = ab.events.find((e) => e.type === 'impeachment')!;
    expect(ab.events).toHaveLength(2);
    expect(impeachment.date.value).toBe('2024-12-14');
    expect(impeachment.sources.map((s) => [s.docId, s.evidence?.text, s.context.value])).toEqual([
      ['b', 'last Saturday', '2024-12-19'],
      ['a', 'December', '2025-06-17'],
    ]);
  });
  it('sorts events by date', () => expect(ab.events.map((e) => e.date.from)).toEqual(['2024-12-14', '2025-06-17']));
  it('keeps every id when an article is added, and resolves the newcomer’s duplicates to them', () => {
    const abc = mergeCorpus([A, B, C]);
    for (const e of ab.events) expect(abc.events.map((x) => x.id)).toContain(e.id);
    const summit = abc.events.find((e) => e.actors.length === 2 && e.date.value === '2025-06-17')!;
    expect(summit.sources.map((s) => s.docId)).toEqual(['a', 'c']);
    const cSummit = C.events.find((e) => e.ordinal === 1)!;
    expect(resolve(abc, cSummit.id)).toBe(summit.id);
    expect(abc.events).toHaveLength(3);
  });
  it('resolves the id of an event merged away to the event that absorbed it', () => {
    const alone = mergeCorpus([A]);
    const oldId = alone.events.find((e) => e.type === 'impeachment')!.id;
    const both = mergeCorpus([A, B]);
    const now = both.events.find((e) => e.type === 'impeachment')!;
    expect(now.id).not.toBe(oldId); // B was published first, so its report names the event …
    expect(resolve(both, oldId)).toBe(now.id); // … and the old deep link still lands on it
  });
  it('keeps the id of a previous build when one is given, and carries its aliases over', () => {
    const alone = mergeCorpus([A]);
    const oldId = alone.events.find((e) => e.type === 'impeachment')!.id;
    const next = mergeCorpus([A, B], { events: alone.events, aliases: { 'e-retired': oldId } });
    expect(next.events.map((e) => e.id)).toContain(oldId);
    expect(resolve(next, 'e-retired')).toBe(oldId);
  });
  it('gives the same result for the same corpus in any order', () => {
    expect(mergeCorpus([B, A])).toEqual(ab);
  });
});
