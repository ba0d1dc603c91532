// Hostile query strings for property tests (unit, over the URL-state audit) and for the e2e that visits some:
// known and unknown keys, repeated keys, valid-looking and garbage values, huge values, markup, odd Unicode.
import fc from 'fast-check';
import { URL_KEYS } from '../../src/app/lib/url-state';

const validish = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/),
  fc.constantFrom('JP', 'KR', 'Q1', 'e1', 'zz', '2024-11-01..2025-02-01', '2025-02-30..2025-03-01', 'Q1,Q2,,Q3', 'reported', 'happened', '2025-06-10', '2025-13-40'),
);
const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '%', '%E0%A4%A', '\uD800', '..', ',,,', '[]', '{"a":1}', 'null'),
  fc.integer().map(String),
);
const huge = fc.constantFrom('x', 'Q1,', '<b>', '\u202E').chain((unit) => fc.integer({ min: 1_000, max: 20_000 }).map((n) => unit.repeat(n)));

export const hostileParam = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...URL_KEYS) }, { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('__proto__')) }),
  fc.oneof({ weight: 4, arbitrary: validish }, { weight: 4, arbitrary: garbage }, { weight: 1, arbitrary: huge }),
);

/** A query string (with `?`) of 0–6 parameters, keys possibly repeated. */
export const hostileSearch = fc.array(hostileParam, { maxLength: 6 }).map((params) => `?${new URLSearchParams(params)}`);
