// The built app carries its Content-Security-Policy and works under it: nothing it does is refused, while inline
// script and event handlers are (so the listener below can see a violation when there is one).
import type { Page } from '@playwright/test';
import { META_POLICY } from '../../src/build/vite-plugin-csp';
import { expect, loaded, test } from '../support/fixtures';
import { listItems, timelineReady } from '../support/page';

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the built index.html carries the policy before any script', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(META_POLICY);
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(META_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
});

test('the app runs under the policy without a single violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('./');
  await loaded(page);
  await timelineReady(page);
  await page.locator('.dl-timeline .vis-item').first().click();
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Month' }).click();
  await listItems(page).nth(1).click();
  await page.getByRole('link', { name: 'Read the full article' }).first().click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await page.keyboard.press('Escape');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(await violations()).toEqual([]);
});

test('inline script and inline event handlers are refused and reported', async ({ page, allowErrors }) => {
  allowErrors.push(/Content Security Policy/);
  const violations = await recordViolations(page);
  await page.goto('./');
  await loaded(page);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = "script"';
    document.body.append(s);
    const div = document.createElement('div');
    div.innerHTML = '<img src="data:," onload="window.__ran = \'handler\'">';
    document.body.append(div);
  });
  await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/^script-src-attr inline/)]));
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
});
