// Every e2e test fails on a console error or an uncaught page error (auto fixture), and can serve its own bundle.
import { test as base, expect, type Page } from '@playwright/test';
import type { CorpusBundle } from '../../src/pipeline/types';

export const test = base.extend<{ allowErrors: RegExp[]; serveBundle: (bundle: CorpusBundle) => Promise<void> }>({
  /** Console errors a test provokes on purpose (push a pattern); any other error fails the test. */
  allowErrors: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      await use(allowed);
      expect(errors.filter((e) => !allowed.some((re) => re.test(e))), 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
  serveBundle: async ({ page }, use) => {
    await use(async (bundle) => {
      await page.route('**/data/corpus.json', (route) => route.fulfill({ json: bundle }));
    });
  },
});

export { expect };

/** Waits until the corpus has loaded and the explorer is shown. */
export async function loaded(page: Page) {
  await expect(page.getByTestId('event-list')).toBeVisible();
}
