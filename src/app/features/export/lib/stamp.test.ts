import { describe, expect, it } from 'vitest';
import type { PublicationContext } from '../../../../pipeline/types';
import { generatedAtOf, UNKNOWN_STAMP } from './stamp';

const doc = (value: string | null, to: string | null = value) => ({
  dct: { value, from: null, to, provenance: value ? 'stated' : 'estimated', note: '' } as PublicationContext,
});

describe('generatedAtOf(documents)', () => {
  it('is the latest publication day, using the window end when the day is not known', () => {
    expect(generatedAtOf([doc('2024-12-19'), doc('2025-06-17'), doc('2025-01-03')])).toBe('2025-06-17');
    expect(generatedAtOf([doc('2024-12-19'), doc(null, '2025-02-28')])).toBe('2025-02-28');
  });

  it('does not depend on document order', () => {
    expect(generatedAtOf([doc('2025-06-17'), doc('2024-12-19')])).toBe('2025-06-17');
  });

  it('falls back to the epoch when no document has a day', () => {
    expect(generatedAtOf([])).toBe(UNKNOWN_STAMP);
    expect(generatedAtOf([doc(null, null)])).toBe(UNKNOWN_STAMP);
  });
});
