import { describe, expect, it } from 'vitest';
import type { BundledDocument } from '../../../../pipeline/types';
import { testSource } from '../../../lib/test-bundle';
import { reportLines } from './reports';

const docs = new Map([['d1', { id: 'd1', title: 'Yonhap, 19 Dec' } as BundledDocument]]);

describe('reportLines', () => {
  it('has one line per report, earliest first, unknown dates last, with the document title when known', () => {
    const lines = reportLines([testSource('d2', null), testSource('d1', '2024-12-19'), testSource('d3', '2024-12-01..2024-12-07'), testSource('d1', '2024-12-19')], docs);
    expect(lines.map((l) => [l.title, l.sentences])).toEqual([['d3', 1], ['Yonhap, 19 Dec', 2], ['d2', 1]]);
  });
  it('keeps two stories of one page with different publication contexts apart', () => {
    expect(reportLines([testSource('d1', '2024-12-19'), testSource('d1', '2025-01-13')], docs)).toHaveLength(2);
  });
});
