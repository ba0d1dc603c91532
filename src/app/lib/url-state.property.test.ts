// Properties of the start-up audit over hostile query strings (1,000+ runs each): it never throws, keeps only
// what the schema accepts, is stable, and never drops anything without saying so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileSearch } from '../../../e2e/security/hostile-url';
import { URL_KEYS, auditSearch, urlSchema, type UrlKey } from './url-state';

const RUNS = { numRuns: 1_500 };
const entries = (search: string) => [...new URLSearchParams(search)];

// Generous time limit: a loaded 2-core machine runs 1,500 cases slowly; this is not a speed test.
describe('auditSearch over hostile links', { timeout: 60_000 }, () => {
  it('keeps only schema keys, once each, with values their parser accepts as written', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const kept = entries(auditSearch(search).search);
        expect(new Set(kept.map(([k]) => k)).size).toBe(kept.length);
        for (const [key, value] of kept) {
          expect(URL_KEYS).toContain(key);
          const parsed = urlSchema[key as UrlKey].parse(value);
          expect(parsed).not.toBeNull();
          expect(urlSchema[key as UrlKey].serialize(parsed as never)).toBe(value);
        }
      }),
      RUNS,
    );
  });

  it('is stable: an audited link audits to itself without notices', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const once = auditSearch(search).search;
        expect(auditSearch(once)).toEqual({ search: once, notices: [] });
      }),
      RUNS,
    );
  });

  it('drops nothing silently: without notices every non-empty parameter survives unchanged', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { search: cleaned, notices } = auditSearch(search);
        if (notices.length) return;
        const kept = new URLSearchParams(cleaned);
        for (const [key, value] of entries(search)) if (value !== '') expect(kept.get(key)).toBe(value);
      }),
      RUNS,
    );
  });

  it('says what it dropped in a few lines, however long the link', () => {
    expect(auditSearch(`?people=${Array(5_000).fill('a b').join(',')}`).notices).toEqual(['Ignored invalid people value "a b".']);
    fc.assert(
      fc.property(hostileSearch, (search) => {
        expect(auditSearch(search).notices.length).toBeLessThanOrEqual(8);
      }),
      RUNS,
    );
  });

  it('keeps an axis or an "as known on" day exactly when it is valid, and says so when it is not', () => {
    const axis = fc.oneof(fc.constantFrom('happened', 'reported'), fc.string({ maxLength: 12 }));
    const day = fc.oneof(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(axis, day, (a, k) => {
        const { search, notices } = auditSearch(`?${new URLSearchParams({ axis: a, known: k })}`);
        const kept = new URLSearchParams(search);
        const validAxis = a === 'happened' || a === 'reported';
        const validDay = /^\d{4}-\d{2}-\d{2}$/.test(k) && new Date(`${k}T00:00:00Z`).toISOString().startsWith(k);
        expect(kept.get('axis')).toBe(validAxis ? a : null);
        expect(kept.get('known')).toBe(validDay ? k : null);
        expect(notices.length).toBe((validAxis ? 0 : 1) + (validDay ? 0 : 1));
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary text, Unicode and percent escapes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const { search, notices } = auditSearch(raw);
        expect(typeof search).toBe('string');
        expect(Array.isArray(notices)).toBe(true);
      }),
      RUNS,
    );
  });
});
