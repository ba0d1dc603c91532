// 25 fast-check-generated hostile links (fixed seed): each opens a working explorer, says so when it dropped part of
// the link, and raises no page error (the fixture fails the test on any). Links stay under 8 kB, as hosts allow.
import fc from 'fast-check';
import { expect, loaded, test } from '../support/fixtures';
import { hostileSearch } from './hostile-url';

const link = fc.tuple(hostileSearch.filter((s) => s.length < 8_000), fc.string({ maxLength: 20 }));
const LINKS = fc.sample(link, { numRuns: 25, seed: 20261123 });

/** Whether a parameter of the link is missing or changed in the page's URL (the app may add keys, e.g. `view`). */
function dropped(given: string, now: string): boolean {
  const [before, after] = [new URLSearchParams(given), new URLSearchParams(now)];
  return [...new Set(before.keys())].some((k) => before.getAll(k).filter(Boolean).join('&') !== after.getAll(k).join('&'));
}

for (const [i, [search, hash]] of LINKS.entries()) {
  test(`hostile link #${i} leaves the app working`, async ({ page }) => {
    await page.goto(`./${search}#${encodeURIComponent(hash)}`);
    await loaded(page);
    await expect(page.getByTestId('timeline')).toBeVisible();
    if (dropped(search, new URL(page.url()).search)) await expect(page.getByTestId('notices')).toBeVisible();
  });
}
