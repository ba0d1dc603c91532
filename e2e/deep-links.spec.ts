import { linkTo } from '../src/app/lib/url-state';
import { eventWith, fetchCorpus } from './support/corpus';
import { expect, loaded, test } from './support/fixtures';
import { expectSelected, listItems } from './support/page';
import { syntheticBundle } from './support/synthetic-bundle';

test('a copied link opens in a fresh browser with the same event selected and in view, and the same filters', async ({ page, browser, request }) => {
  const han = eventWith(await fetchCorpus(request), 'Han Duck-soo', 'Shigeru Ishiba');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await loaded(page);
  await page.getByTestId('facet-people').getByRole('checkbox', { name: /Shigeru Ishiba/ }).check();
  await listItems(page).filter({ hasText: han.title }).click();
  await page.getByRole('button', { name: 'Month' }).click();
  await expect(page).toHaveURL(/view=/);
  await page.getByTestId('copy-link').click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('event')).toBe(han.id);

  const fresh = await browser.newContext({ timezoneId: 'UTC' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expectSelected(other, han.title);
  await expect(other.getByTestId('facet-people').getByRole('checkbox', { name: /Shigeru Ishiba/ })).toBeChecked();
  await expect(other.locator('.dl-timeline .vis-item.vis-selected:not(.vis-dot)')).toBeInViewport();
  expect(new URL(other.url()).searchParams.get('view')).toBe(new URL(link).searchParams.get('view'));
  await fresh.close();
});

test('back and forward walk through selections', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  const [a, b] = [bundle.events[0]!, bundle.events[1]!];
  await page.goto('./');
  await loaded(page);
  await listItems(page).filter({ hasText: a.title }).first().click();
  await expectSelected(page, a.title);
  await listItems(page).filter({ hasText: b.title }).first().click();
  await expectSelected(page, b.title);
  await page.goBack();
  await expectSelected(page, a.title);
  await page.goForward();
  await expectSelected(page, b.title);
});

test('an unknown event id says so and the rest of the app works', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  await page.goto(`./${linkTo({ event: 'e-no-such-event' })}`);
  await expect(page.getByTestId('missing-event')).toContainText('e-no-such-event');
  await expect(listItems(page)).toHaveCount(bundle.events.length);
  await listItems(page).first().click();
  await expect(page.getByTestId('missing-event')).toBeHidden();
  await expectSelected(page, bundle.events[0]!.title);
});

test('invalid and unknown link parameters are dropped with a visible notice', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  await page.goto('./?utm_source=mail&view=yesterday&countries=JP,<b>&people=Q-nobody');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('"utm_source"');
  await expect(notices).toContainText('"yesterday"');
  await expect(notices).toContainText('"<b>"');
  await expect(notices).toContainText('Q-nobody');
  await expect(page.getByTestId('facet-countries').getByRole('checkbox', { name: /Japan/ })).toBeChecked();
  const url = new URL(page.url());
  expect(url.searchParams.get('countries')).toBe('JP');
  expect(url.searchParams.has('utm_source')).toBe(false);
  expect(url.searchParams.has('people')).toBe(false);
  await expect(listItems(page)).toHaveCount(bundle.events.filter((e) => e.countries.includes('JP')).length);
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toBeHidden();
});

test('an id in aliases opens the event that absorbed it', async ({ page, serveBundle }) => {
  const bundle = syntheticBundle(12);
  const target = bundle.events.find((e) => e.id === bundle.aliases['ev-merged-away'])!;
  await serveBundle(bundle);
  await page.goto(`./${linkTo({ event: 'ev-merged-away' })}`);
  await expectSelected(page, target.title);
  await expect(page).toHaveURL(new RegExp(`event=${target.id}`));
  await expect(page.getByTestId('notices')).toContainText('merged');
});
