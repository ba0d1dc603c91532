// Article text, titles, actor names and link parameters are shown as text everywhere and never run: hostile payloads
// go in through a served corpus and through the URL; nothing executes, no element is created from them.
import type { Page } from '@playwright/test';
import { shortLabel } from '../../src/app/features/timeline/lib/items';
import { linkTo } from '../../src/app/lib/url-state';
import { expect, loaded, test } from '../support/fixtures';
import { listItems, timelineReady } from '../support/page';
import { syntheticBundle } from '../support/synthetic-bundle';

const pwn = (n: number) => `window.__pwned=${n}`;
const PAYLOADS = {
  html: `<img src=x onerror="${pwn(1)}"><script>${pwn(2)}</script>`,
  svg: `<svg onload="${pwn(3)}"><a href="javascript:${pwn(4)}">x</a></svg><iframe srcdoc="<script>${pwn(5)}</script>">`,
  url: `javascript:${pwn(6)}//<a href="javascript:${pwn(7)}">`,
  scripts: '\u202Eevil\u202C \u200B\u200D\uFEFF 👩‍👩‍👧 🇰🇷 قمة \uD800 lone \uDC00 surrogates',
  long: `${'<b>long</b>'.repeat(2_000)}`,
};
const ACTOR = `<img src=x onerror="${pwn(8)}">Ishiba`;

/** Elements no payload may create, and no global a payload may set. */
async function expectInert(page: Page) {
  expect(await page.locator('#root img, #root script, #root iframe, #root svg a, #root [onerror], #root [onload], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.title()).toBe('Dateline');
}

/** Compared inside the page, so lone surrogates are not replaced on their way to the test. */
const textIs = (page: Page, testId: string, expected: string) =>
  page.getByTestId(testId).evaluate((el, want) => el.textContent === want || el.textContent!.includes(want), expected);

for (const [name, payload] of Object.entries(PAYLOADS)) {
  test(`a ${name} payload in the corpus is shown as text in the timeline, list, detail and reader`, async ({ page, serveBundle }) => {
    const bundle = syntheticBundle(5, { hostile: payload });
    for (const e of bundle.events) for (const a of e.actors) if (a.id === 'Q1') a.name = ACTOR;
    await serveBundle(bundle);
    await page.goto('./');
    await loaded(page);
    await timelineReady(page);
    const hostile = bundle.events.find((e) => e.title === payload)!;
    const row = page.locator(`[data-testid="event-item"][data-event-id="${hostile.id}"]`);
    await row.click();
    expect(await textIs(page, 'event-detail', payload)).toBe(true);
    expect(await textIs(page, 'event-detail', ACTOR)).toBe(true);
    expect(await textIs(page, 'filters', ACTOR)).toBe(true);
    const item = page.locator('.dl-timeline .vis-item.vis-selected:not(.vis-dot)');
    expect(await item.evaluate((el, want) => el.textContent === want, shortLabel(payload))).toBe(true);
    await page.getByRole('link', { name: 'Read the full article' }).first().click();
    expect(await textIs(page, 'reader-text', payload)).toBe(true);
    await expect(listItems(page)).toHaveCount(5);
    await expectInert(page);
  });
}

test('payloads in the link are shown as text (search box, notices) and dropped where invalid', async ({ page, serveBundle }) => {
  await serveBundle(syntheticBundle(5));
  await page.goto(`./${linkTo({ q: PAYLOADS.html })}&event=${encodeURIComponent(PAYLOADS.svg)}&${encodeURIComponent(PAYLOADS.url)}=1#${encodeURIComponent(PAYLOADS.html)}`);
  await loaded(page);
  await expect(page.getByTestId('search')).toHaveValue(PAYLOADS.html);
  await expect(page.getByTestId('notices')).toContainText('Ignored invalid event value "<svg onload=');
  await expect(page.getByTestId('notices')).toContainText('Ignored unknown link parameter "javascript:');
  await expectInert(page);
});
