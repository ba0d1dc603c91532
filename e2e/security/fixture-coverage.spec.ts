// Every spec takes `test` from the fixtures that fail a test on any console error or uncaught page error; a spec
// importing Playwright's own `test` would silently skip that check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../support/fixtures';

const E2E = fileURLToPath(new URL('..', import.meta.url));
const specs = readdirSync(E2E, { recursive: true }).map(String).filter((f) => f.endsWith('.spec.ts'));

test('every e2e spec uses the error-catching fixtures', () => {
  expect(specs.length).toBeGreaterThan(5);
  const offenders = specs.filter((spec) => {
    const source = readFileSync(join(E2E, spec), 'utf8');
    const usesFixture = /import \{[^}]*\btest\b[^}]*\} from '(\.\.?\/)+support\/fixtures'/.test(source);
    const usesRaw = /import \{[^}]*\btest\b[^}]*\} from '@playwright\/test'/.test(source);
    return !usesFixture || usesRaw;
  });
  expect(offenders.map((f) => relative(E2E, join(E2E, f))), 'specs bypassing the console/page-error fixture').toEqual([]);
});
