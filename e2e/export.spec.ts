// Export menu (issue 7): each button downloads a file holding exactly the events shown, which parses back.
// Needs the lead to place <ExportMenu> in the layout; until then these tests fail at "menu not found".
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { EXPORT_FORMATS } from '../src/app/features/export/lib/formats';
import { EXPORTED_IDS } from '../src/app/features/export/testing/ids';

/** The number of events the menu says it exports (its group is named "Export N events"). */
async function eventsShown(page: Page): Promise<number> {
  const menu = page.getByRole('group', { name: /^Export \d+ events?$/ });
  await expect(menu).toBeVisible();
  const name = await menu.getByText(/^Export \d+ events?$/).textContent();
  return Number(/\d+/.exec(name ?? '')![0]);
}

async function bundleIds(page: Page): Promise<Set<string>> {
  const response = await page.request.get(new URL('data/corpus.json', page.url()).href);
  expect(response.ok()).toBe(true);
  return new Set(((await response.json()) as { events: { id: string }[] }).events.map((e) => e.id));
}

for (const format of EXPORT_FORMATS) {
  test(`"${format.label}" downloads ${format.filename} with the events shown`, async ({ page }) => {
    await page.goto('/');
    const shown = await eventsShown(page);
    expect(shown).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: format.label, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(format.filename);
    const ids = EXPORTED_IDS[format.id](await readFile(await download.path(), 'utf8'));

    expect(ids).toHaveLength(shown);
    expect(new Set(ids).size).toBe(ids.length);
    const known = await bundleIds(page);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });
}

test('the export buttons are in the tab order and download on Enter', async ({ page }) => {
  await page.goto('/');
  await eventsShown(page);
  const button = page.getByRole('button', { name: 'Download CSV', exact: true });
  expect(await button.evaluate((el) => (el as HTMLButtonElement).tabIndex)).toBe(0);
  await button.focus();
  await expect(button).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('dateline-events.csv');
});

test('all three exports agree on the events and their order', async ({ page }) => {
  await page.goto('/');
  await eventsShown(page);
  const exported: string[][] = [];
  for (const format of EXPORT_FORMATS) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: format.label, exact: true }).click(),
    ]);
    exported.push(EXPORTED_IDS[format.id](await readFile(await download.path(), 'utf8')));
  }
  expect(exported[1]).toEqual(exported[0]);
  expect(exported[2]).toEqual(exported[0]);
});
