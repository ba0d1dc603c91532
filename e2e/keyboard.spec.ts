import { fetchCorpus } from './support/corpus';
import { expect, loaded, test } from './support/fixtures';
import { expectSelected, listItems } from './support/page';

test('arrow keys and the buttons step through events in time order; Esc clears the selection', async ({ page, request }) => {
  const { events } = await fetchCorpus(request);
  await page.goto('./');
  await loaded(page);
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, events[0]!.title);
  await expect(page.getByRole('button', { name: '← Previous' })).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, events[1]!.title);
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, events[2]!.title);
  await page.keyboard.press('ArrowLeft');
  await expectSelected(page, events[1]!.title);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expectSelected(page, events[2]!.title);
  await page.getByRole('button', { name: '← Previous' }).click();
  await expectSelected(page, events[1]!.title);
  await listItems(page).last().click();
  await expectSelected(page, events.at(-1)!.title);
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, events.at(-1)!.title);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
});

test('stepping stays within the filtered events', async ({ page, request }) => {
  const { events } = await fetchCorpus(request);
  const his = events.filter((e) => e.actors.some((a) => a.name === 'Shigeru Ishiba'));
  await page.goto('./');
  await loaded(page);
  await page.getByTestId('facet-people').getByRole('checkbox', { name: /Shigeru Ishiba/ }).check();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, his[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, his[1]!.title);
});

test('everything is reachable by keyboard: Tab to an event, Enter opens it, focus is visible', async ({ page, request }) => {
  const { events } = await fetchCorpus(request);
  await page.goto('./');
  await loaded(page);
  const first = listItems(page).first();
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expectSelected(page, events[0]!.title);
});
