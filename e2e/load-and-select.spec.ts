import { eventWith, fetchCorpus } from './support/corpus';
import { expect, loaded, test } from './support/fixtures';
import { expectSelected, listItems, timelineReady } from './support/page';

test('loads the corpus: events on the timeline and in the list', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  await page.goto('./');
  await loaded(page);
  await timelineReady(page);
  await expect(listItems(page)).toHaveCount(bundle.events.length);
  await expect(page.getByRole('heading', { name: /Events/ })).toContainText(String(bundle.events.length));
});

test('clicking an event on the timeline opens its detail with the words its date came from', async ({ page, request }) => {
  const han = eventWith(await fetchCorpus(request), 'Han Duck-soo', 'Shigeru Ishiba');
  await page.goto('./');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.locator(`.dl-timeline .vis-item:has-text("${han.title.slice(0, 20)}")`).first().click();
  await expectSelected(page, han.title);
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByTestId('detail-date')).toContainText('19 Dec 2024');
  await expect(detail.getByTestId('detail-actors')).toHaveText(/Han Duck-soo.*Shigeru Ishiba|Shigeru Ishiba.*Han Duck-soo/);
  await expect(detail.getByTestId('detail-countries')).toContainText('Japan (JP)');
  await expect(detail.locator('mark.hl-evidence').first()).toHaveText(han.sources[0]!.evidence!.text);
  await expect(detail.getByTestId('publication-context').first()).toContainText('Stated on the page');
  await expect(page.locator('.dl-timeline .vis-item.vis-selected:not(.vis-dot)')).toBeVisible();
});

test('selecting in the list selects on the timeline; the reader shows the article with highlights', async ({ page, request }) => {
  const han = eventWith(await fetchCorpus(request), 'Han Duck-soo', 'Shigeru Ishiba');
  await page.goto('./');
  await timelineReady(page);
  await listItems(page).filter({ hasText: han.title }).click();
  await expectSelected(page, han.title);
  const onTimeline = page.locator('.dl-timeline .vis-item.vis-selected:not(.vis-dot)');
  await expect(onTimeline).toContainText(han.title.slice(0, 20));
  await expect(onTimeline).toBeInViewport();
  await page.getByRole('link', { name: 'Read the full article' }).first().click();
  const reader = page.getByTestId('reader');
  await expect(reader).toBeVisible();
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Han');
  await expect(reader.locator('[data-testid="reader-text"] mark.hl-timex').first()).toBeVisible();
  await expect(reader.locator('[data-testid="reader-text"] mark.hl-person').first()).toBeVisible();
  await expect(reader.locator('[data-testid="reader-text"] mark.hl-sentence').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(page.getByRole('link', { name: 'Read the full article' }).first()).toBeFocused();
  await expectSelected(page, han.title);
});
