import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, loaded, test } from './support/fixtures';
import { listItems, timelineReady } from './support/page';

// axe is slow on a busy machine: one scan per test, with room to finish.
test.describe.configure({ timeout: 150_000 });

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function open(page: Page, scheme: 'light' | 'dark', query = '') {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`./${query}`);
  await loaded(page);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: main view with the timeline (${scheme})`, async ({ page }) => {
    await open(page, scheme);
    await timelineReady(page);
    expect(await violations(page)).toEqual([]);
  });

  test(`axe: an event open in the detail panel (${scheme})`, async ({ page }) => {
    await open(page, scheme);
    await listItems(page).first().click();
    await expect(page.getByTestId('event-detail')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`axe: the reported axis with "as known on" and an event open (${scheme})`, async ({ page }) => {
    await open(page, scheme, '?axis=reported&known=2025-06-10');
    await timelineReady(page);
    await listItems(page).last().click();
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expect(page.getByTestId('axis-toggle').getByRole('radio', { name: 'First reported' })).toBeChecked();
    expect(await violations(page)).toEqual([]);
  });

  test(`axe: the reader (${scheme})`, async ({ page }) => {
    await open(page, scheme);
    await listItems(page).first().click();
    await page.getByRole('link', { name: 'Read the full article' }).first().click();
    await expect(page.getByTestId('reader')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('axe: the empty state and the notices', async ({ page }) => {
  await open(page, 'light', '?q=zzzz-no-such-words&bogus=1');
  await expect(page.getByText('No events match.')).toBeVisible();
  await expect(page.getByTestId('notices')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
