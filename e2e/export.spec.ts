// Export menu (issue 7): each button downloads a file holding exactly the events the list shows (after filters),
// which parses back. Needs <ExportMenu> placed in the layout; until the lead wires it in, these fail at "menu".
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { EXPORT_FORMATS, type ExportFormat } from '../src/app/features/export/lib/formats';
import { EXPORTED_IDS } from '../src/app/features/export/testing/ids';
import { parseCsv } from '../src/app/features/export/testing/parse';
import { linkTo } from '../src/app/lib/url-state';
import { expect, loaded, test } from './support/fixtures';
import { listedIds } from './support/page';
import { syntheticBundle } from './support/synthetic-bundle';

const HOSTILE = '=HYPERLINK("http://evil.example","x") <b>bold</b>; a, "quoted"\nline 🇰🇷 قمة';

test.beforeEach(async ({ serveBundle }) => serveBundle(syntheticBundle(30, { hostile: HOSTILE })));

async function open(page: Page, search = '') {
  await page.goto(`./${search}`);
  await loaded(page);
  const shown = await listedIds(page);
  const count = `${shown.length} ${shown.length === 1 ? 'event' : 'events'}`;
  await expect(page.getByRole('group', { name: `Export ${count}`, exact: true })).toBeVisible();
  return shown;
}

async function exportedIds(page: Page, format: ExportFormat, trigger?: () => Promise<void>): Promise<string[]> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    trigger ? trigger() : page.getByRole('button', { name: format.label, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(format.filename);
  return EXPORTED_IDS[format.id](await readFile(await download.path(), 'utf8')).sort();
}

for (const format of EXPORT_FORMATS) {
  test(`"${format.label}" downloads ${format.filename} holding the events shown`, async ({ page }) => {
    const shown = await open(page);
    expect(shown).toHaveLength(30);
    expect(await exportedIds(page, format)).toEqual(shown);
  });

  test(`"${format.label}" exports only the events a filter leaves`, async ({ page }) => {
    const shown = await open(page, linkTo({ countries: ['JP'] }));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(30);
    expect(await exportedIds(page, format)).toEqual(shown);
  });
}

test('the buttons are in the tab order and download on Enter', async ({ page }) => {
  const shown = await open(page);
  const button = page.getByRole('button', { name: 'Download iCalendar', exact: true });
  expect(await button.evaluate((el) => (el as HTMLButtonElement).tabIndex)).toBe(0);
  await button.focus();
  await expect(button).toBeFocused();
  expect(await exportedIds(page, EXPORT_FORMATS[1]!, () => page.keyboard.press('Enter'))).toEqual(shown);
});

test('a hostile title reaches the CSV as inert text', async ({ page }) => {
  await open(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const titles = parseCsv(await readFile(await download.path(), 'utf8')).map((record) => record[1]);
  expect(titles).toContain(`'${HOSTILE}`);
});
