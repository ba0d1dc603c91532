// Reading the explorer's state the way a person sees it.
import { expect, type Page } from '@playwright/test';

export const listItems = (page: Page) => page.getByTestId('event-item');

/** Ids of the events the list shows, sorted (the list renders every event of a small corpus). */
export async function listedIds(page: Page): Promise<string[]> {
  const ids = await listItems(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  return ids.sort();
}

export async function expectSelected(page: Page, title: string) {
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(page.locator('[data-testid="event-item"][aria-current="true"]')).toContainText(title);
}

/** The timeline has drawn its items (it loads lazily). */
export async function timelineReady(page: Page) {
  await expect(page.locator('.dl-timeline .vis-item').first()).toBeVisible();
}
