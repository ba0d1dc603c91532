import { describe, expect, it } from 'vitest';
import { describeAnchor, describeEvidence } from './describe';

describe('describeAnchor', () => {
  it('names a publication anchor with its day', () =>
    expect(describeAnchor({ value: '2024-12-19', source: 'publication', provenance: 'stated' })).toBe("2024-12-19, the story's publication date"));
  it('names a previous-date anchor', () =>
    expect(describeAnchor({ value: '2024-12-03', source: 'previous-date', provenance: 'stated' })).toBe('2024-12-03, the date mentioned just before it'));
  it('says when nothing was needed', () =>
    expect(describeAnchor({ value: null, source: 'none', provenance: 'unknown' })).toBe('nothing (the expression states its own date)'));
});

it('describeEvidence quotes the words and the value', () => expect(describeEvidence('on Thursday', '2024-12-19')).toBe('“on Thursday” → 2024-12-19'));
