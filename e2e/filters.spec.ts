import { fetchCorpus, idsWhere } from './support/corpus';
import { expect, loaded, test } from './support/fixtures';
import { listedIds, listItems, timelineReady } from './support/page';

test('filtering by "Shigeru Ishiba" shows only his events, with counts that follow the other filters', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  const his = idsWhere(bundle, (e) => e.actors.some((a) => a.name === 'Shigeru Ishiba'));
  expect(his.length).toBeGreaterThan(1);
  await page.goto('./');
  await loaded(page);
  const people = page.getByTestId('facet-people');
  await people.getByRole('checkbox', { name: /Shigeru Ishiba/ }).check();
  await expect(listItems(page)).toHaveCount(his.length);
  expect(await listedIds(page)).toEqual(his);
  await expect(page).toHaveURL(/people=/);
  // Country counts now count only his events: Japan's count is the number of his events in Japan.
  const inJapan = idsWhere(bundle, (e) => his.includes(e.id) && e.countries.includes('JP')).length;
  await expect(page.getByTestId('facet-countries').getByRole('checkbox', { name: /Japan/ }).locator('xpath=..')).toContainText(String(inJapan));
});

test('filtering by a country includes its leaders\' events; two countries are OR-ed; clear all restores everything', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  const japan = idsWhere(bundle, (e) => e.countries.includes('JP'));
  const either = idsWhere(bundle, (e) => e.countries.includes('JP') || e.countries.includes('US'));
  await page.goto('./');
  await loaded(page);
  const countries = page.getByTestId('facet-countries');
  await expect(countries).toContainText('JP');
  await countries.getByRole('checkbox', { name: /Japan/ }).check();
  expect(await listedIds(page)).toEqual(japan);
  await expect(listItems(page).filter({ hasText: 'Shigeru Ishiba' }).first()).toBeVisible();
  await countries.getByRole('checkbox', { name: /United States/ }).check();
  await expect(listItems(page)).toHaveCount(either.length);
  expect(await listedIds(page)).toEqual(either);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(listItems(page)).toHaveCount(bundle.events.length);
  await expect(countries.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('search narrows to matching titles and sentences; "/" focuses it', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  const phone = idsWhere(bundle, (e) => /phone/i.test(e.title + e.sources.map((s) => s.sentence).join(' ')));
  expect(phone.length).toBeGreaterThan(0);
  await page.goto('./');
  await loaded(page);
  await page.keyboard.press('/');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.type('phone');
  await expect(listItems(page)).toHaveCount(phone.length);
  await page.getByTestId('search').fill('zzzz-no-such-words');
  await expect(page.getByText('No events match.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(listItems(page)).toHaveCount(bundle.events.length);
  await expect(page.getByTestId('search')).toHaveValue('');
});

/** Days the timeline window in the URL spans (Infinity without one). */
function viewDays(href: string): number {
  const [from, to] = (new URL(href).searchParams.get('view') ?? '').split('..');
  return from && to ? (Date.parse(to) - Date.parse(from)) / 86_400_000 : Infinity;
}

test('the date-range filter keeps events overlapping it and can take the timeline window', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  const december = idsWhere(bundle, (e) => e.date.to >= '2024-12-01' && e.date.from <= '2024-12-31');
  await page.goto('./');
  await loaded(page);
  const dates = page.getByTestId('date-filter');
  await dates.getByLabel('From').fill('2024-12-01');
  await dates.getByLabel('To').fill('2024-12-31');
  await expect(listItems(page)).toHaveCount(december.length);
  expect(await listedIds(page)).toEqual(december);
  await expect(page.locator('.dl-timeline .vis-background.dl-band')).toBeAttached();
  await page.getByRole('button', { name: 'Show one month' }).click();
  // the zoom settles before the window is taken, as a person sees it do before clicking on
  await expect.poll(() => viewDays(page.url())).toBeLessThanOrEqual(32);
  await dates.getByRole('button', { name: 'Use timeline window' }).click();
  await expect(page).toHaveURL(/dates=/);
  const url = new URL(page.url());
  expect(url.searchParams.get('dates')).toBe(url.searchParams.get('view'));
});

test('the leader filter shows each person with their role at the time; an unlinked person is shown as unlinked', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  const withUnlinked = bundle.events.find((e) => e.unlinked?.length);
  expect(withUnlinked, 'the seed corpus has an event with an unlinked person').toBeDefined();
  await page.goto('./');
  await loaded(page);
  const han = page.getByTestId('facet-people').locator('label').filter({ hasText: 'Han Duck-soo' });
  await expect(han).toContainText('acting president');
  await listItems(page).filter({ hasText: withUnlinked!.title }).first().click();
  await expect(page.getByTestId('detail-unlinked')).toContainText(withUnlinked!.unlinked![0]!.name);
  await expect(page.getByTestId('detail-unlinked')).toContainText('not in the gazetteer');
});

test('a timeline opened while the filters match nothing shows the events once they match again', async ({ page }) => {
  // Opened on a link whose search matches nothing, the timeline has nothing to fit and starts on today's date.
  await page.goto('./?q=zzzz-no-such-words');
  await expect(page.getByText('No events match.')).toBeVisible();
  await expect(page.locator('.dl-timeline .vis-panel.vis-center')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await timelineReady(page);
});
