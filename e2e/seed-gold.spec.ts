// The gold events of seed page 002 are on the timeline with their gold dates, people and countries.
import { readFileSync } from 'node:fs';
import { fetchCorpus } from './support/corpus';
import { expect, loaded, test } from './support/fixtures';
import { listItems } from './support/page';

interface GoldEvent { date: string; actors: string[]; countries: string[]; what: string }
const gold = JSON.parse(readFileSync('src/pipeline/fixtures/seed-gold.json', 'utf8')) as { pages: { file: string; events: GoldEvent[] }[] };
const page002 = gold.pages.find((p) => p.file.startsWith('002'))!.events;

for (const g of page002) {
  test(`seed 002 on the timeline: ${g.date} ${g.what}`, async ({ page, request }) => {
    const bundle = await fetchCorpus(request);
    const event = bundle.events.find(
      (e) =>
        e.sources.some((s) => s.docId === 'seed-002') &&
        e.date.value === g.date &&
        g.actors.every((name) => e.actors.some((a) => a.name === name)) &&
        g.countries.every((c) => e.countries.includes(c)),
    );
    expect(event, 'an event with the gold date, people and countries').toBeDefined();
    await page.goto('./');
    await loaded(page);
    await listItems(page).and(page.locator(`[data-event-id="${event!.id}"]`)).click();
    const detail = page.getByTestId('event-detail');
    await expect(detail.getByTestId('detail-date')).toContainText(g.date);
    for (const name of g.actors) await expect(detail.getByTestId('detail-actors')).toContainText(name);
    for (const code of g.countries) await expect(detail.getByTestId('detail-countries')).toContainText(`(${code})`);
    // The list sits below the timeline: back at the top of the page, the timeline shows the selected event in its window.
    await page.evaluate(() => window.scrollTo(0, 0));
    const onTimeline = page.locator('.dl-timeline .vis-item.vis-selected:not(.vis-dot)');
    await expect(onTimeline).toContainText(event!.title.slice(0, 16));
    await expect(onTimeline).toBeInViewport();
  });
}
