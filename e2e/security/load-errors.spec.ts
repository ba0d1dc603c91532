// A missing, broken or schema-invalid corpus file shows an error with a retry, never a blank page; the retry then
// loads the explorer. Every request the page makes stays on its own origin (no runtime network).
import type { Route } from '@playwright/test';
import { expect, loaded, test } from '../support/fixtures';

const FAILURES: Record<string, (route: Route) => Promise<void>> = {
  'a server error': (route) => route.fulfill({ status: 500, body: 'oops' }),
  'a missing file': (route) => route.fulfill({ status: 404, body: 'not found' }),
  'a dropped connection': (route) => route.abort('connectionreset'),
  'malformed JSON': (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": "1", "events": [' }),
  'a schema-invalid body': (route) => route.fulfill({ json: { version: 1, documents: 'none', events: [{ id: 7 }] } }),
};

for (const [name, fail] of Object.entries(FAILURES)) {
  test(`${name} shows an error with a retry that then loads the timeline`, async ({ page, allowErrors }) => {
    allowErrors.push(/Failed to load resource/);
    let healthy = false;
    await page.route('**/data/corpus.json', (route) => (healthy ? route.fallback() : fail(route)));
    await page.goto('./');
    const error = page.getByTestId('load-error');
    await expect(error).toBeVisible();
    await expect(error.getByRole('heading')).toHaveText('The timeline could not be loaded');
    expect((await error.locator('p').textContent())!.trim()).not.toBe('');
    healthy = true;
    await error.getByRole('button', { name: 'Try again' }).click();
    await loaded(page);
    await expect(error).toHaveCount(0);
  });
}

test('the page makes no request to another origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => void origins.add(new URL(request.url()).origin));
  await page.goto('./');
  await loaded(page);
  await expect(page.locator('.dl-timeline .vis-item').first()).toBeVisible();
  await page.getByTestId('event-item').first().click();
  await page.getByRole('link', { name: 'Read the full article' }).first().click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});
