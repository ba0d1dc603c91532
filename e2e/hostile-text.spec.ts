import { expect, loaded, test } from './support/fixtures';
import { listItems, timelineReady } from './support/page';
import { syntheticBundle } from './support/synthetic-bundle';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

test('article text that looks like HTML is shown as text everywhere, never run', async ({ page, serveBundle }) => {
  await serveBundle(syntheticBundle(5, { hostile: PAYLOAD }));
  await page.goto('./');
  await loaded(page);
  await timelineReady(page);
  const row = listItems(page).filter({ hasText: '<img src=x' });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(PAYLOAD);
  await page.getByRole('link', { name: 'Read the full article' }).first().click();
  await expect(page.getByTestId('reader-text')).toContainText(PAYLOAD);
  await expect(page.locator('.dl-timeline .vis-item', { hasText: '<img src=x' }).first()).toBeAttached();
  expect(await page.locator('#root img, #root script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
