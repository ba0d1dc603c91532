import { expect, loaded, test } from './support/fixtures';
import { listItems, timelineReady } from './support/page';

test.describe('narrow screen (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('timeline on top, panels stacked, nothing wider than the screen', async ({ page }) => {
    await page.goto('./');
    await loaded(page);
    await timelineReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await listItems(page).first().click();
    const [timeline, detail, filters, list] = await Promise.all(
      ['timeline', 'event-detail', 'filters', 'event-list'].map((id) => page.getByTestId(id).boundingBox()),
    );
    expect(timeline!.y).toBeLessThan(detail!.y);
    expect(detail!.y).toBeLessThan(filters!.y);
    expect(filters!.y).toBeLessThan(list!.y);
    for (const box of [timeline, detail, filters, list]) expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('dark mode follows the system, and the toggle overrides it and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await loaded(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.getByTestId('theme').selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(dark);
  await page.reload();
  await loaded(page);
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme').selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('shows an error with a working retry when the data cannot be loaded', async ({ page, allowErrors }) => {
  allowErrors.push(/status of 503/);
  let fail = true;
  await page.route('**/data/corpus.json', async (route) => {
    if (fail) return route.fulfill({ status: 503, body: 'down' });
    return route.continue();
  });
  await page.goto('./');
  await expect(page.getByTestId('load-error')).toContainText('503');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await loaded(page);
});
