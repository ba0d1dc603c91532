// Happened vs reported, and "as known on", on the real seed corpus. Expectations come from the served bundle: an
// event's first report is its earliest source's publication (a day, or an estimated window's first day).
import type { Page } from '@playwright/test';
import { formatDay, formatEventDate, formatMonth } from '../src/app/lib/format-date';
import { shortLabel } from '../src/app/features/timeline/lib/items';
import { linkTo } from '../src/app/lib/url-state';
import type { CorpusBundle, EventSource, TimelineEvent } from '../src/pipeline/types';
import { fetchCorpus } from './support/corpus';
import { expect, loaded, test } from './support/fixtures';
import { listItems, listedIds, timelineReady } from './support/page';
import { syntheticBundle } from './support/synthetic-bundle';

const published = (s: EventSource) => s.context.value ?? (s.context.from && s.context.to ? s.context.from : null);
const firstReported = (e: TimelineEvent) => e.sources.map(published).filter((d) => d !== null).sort()[0] ?? null;

/** An event first reported on a known day in another month than the one it happened in. */
function reportedLater(bundle: CorpusBundle) {
  const found = bundle.events.find((e) => {
    const first = e.sources.find((s) => published(s) === firstReported(e));
    return first?.context.value && first.context.value.slice(0, 7) !== e.date.from.slice(0, 7);
  });
  if (!found) throw new Error('no event reported in a later month than it happened (pipeline output changed?)');
  return { event: found, reported: firstReported(found)! };
}

const axisRadio = (page: Page, name: 'Happened' | 'First reported') => page.getByTestId('axis-toggle').getByRole('radio', { name });
/** What a person clicks: the segment's visible text (the radio itself is visually hidden inside it). */
const clickAxis = (page: Page, name: 'Happened' | 'First reported') => page.getByTestId('axis-toggle').getByText(name).click();
const knownInput = (page: Page) => page.getByLabel('Hide reports published after');
const groupOf = (page: Page, id: string) => page.getByTestId('list-group').filter({ has: page.locator(`[data-event-id="${id}"]`) });

/** Where the selected item sits across the visible window, 0 = left edge, 1 = right edge. */
async function selectedAt(page: Page): Promise<number> {
  const item = (await page.locator('.dl-timeline .vis-item.vis-selected:not(.vis-dot)').boundingBox())!;
  const panel = (await page.locator('.dl-timeline .vis-panel.vis-center').boundingBox())!;
  return (item.x - panel.x) / panel.width;
}

/** Where a day falls in the window the link fixed (`view` = first..last day). */
function dayAt(day: string, view: { from: string; to: string }): number {
  const [start, end] = [Date.parse(view.from), Date.parse(view.to) + 86_400_000];
  return (Date.parse(day) - start) / (end - start);
}

test('the axis toggle moves an event to when it was first reported, by click and by keyboard', async ({ page, request }) => {
  const { event, reported } = reportedLater(await fetchCorpus(request));
  // A window from a fortnight before it happened to a fortnight after its report: the move spans much of the width.
  const shift = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
  const view = { from: shift(event.date.from, -14), to: shift(reported, 14) };
  await page.goto(`./${linkTo({ event: event.id, view })}`);
  await loaded(page);
  await timelineReady(page);
  await expect(axisRadio(page, 'Happened')).toBeChecked();
  await expect(groupOf(page, event.id)).toHaveAttribute('aria-label', formatMonth(event.date.from));
  await expect.poll(() => selectedAt(page)).toBeCloseTo(dayAt(event.date.from, view), 1);

  await clickAxis(page, 'First reported');
  await expect(page).toHaveURL(/axis=reported/);
  await expect(groupOf(page, event.id)).toHaveAttribute('aria-label', formatMonth(reported));
  await expect(page.locator(`[data-event-id="${event.id}"]`)).toContainText('Reported');
  await expect.poll(() => selectedAt(page)).toBeCloseTo(dayAt(reported, view), 1);
  await expect(page.getByTestId('detail-date')).toContainText(formatEventDate(event.date));
  await expect(page.getByTestId('detail-reported')).toContainText(formatDay(reported));

  // The radio group is one tab stop; arrow keys move between the two axes.
  await axisRadio(page, 'First reported').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(axisRadio(page, 'Happened')).toBeChecked();
  await expect(page).not.toHaveURL(/axis=/);
  await expect(groupOf(page, event.id)).toHaveAttribute('aria-label', formatMonth(event.date.from));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/axis=reported/);
  await page.goBack();
  await expect(axisRadio(page, 'Happened')).toBeChecked();
});

test('"as known on" hides events reported later, typed as a date; clearing and back/forward bring them back', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  const { reported: day } = reportedLater(bundle);
  const known = bundle.events.filter((e) => firstReported(e) !== null && firstReported(e)! <= day).map((e) => e.id).sort();
  const later = bundle.events.filter((e) => !known.includes(e.id));
  expect(later.length, 'some events are first reported after the day').toBeGreaterThan(0);

  await page.goto('./');
  await loaded(page);
  await page.locator(`[data-event-id="${later[0]!.id}"]`).click();
  await knownInput(page).focus();
  // Chromium's date field reads month, day, year whatever the page's locale.
  const [y, m, d] = day.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await expect(knownInput(page)).toHaveValue(day);
  await expect(page).toHaveURL(new RegExp(`known=${day}`));
  await expect(listItems(page)).toHaveCount(known.length);
  expect(await listedIds(page)).toEqual(known);
  await expect(page.getByText(`Export ${known.length} events`)).toBeVisible();
  await expect(page.getByTestId('detail-later')).toContainText(`Not yet reported on ${formatDay(day)}`);

  await page.getByRole('button', { name: 'Everything known' }).click();
  await expect(listItems(page)).toHaveCount(bundle.events.length);
  await expect(page.locator(`[data-event-id="${later[0]!.id}"]`)).toBeVisible();
  await page.goBack();
  await expect(knownInput(page)).toHaveValue(day);
  await expect(listItems(page)).toHaveCount(known.length);
  await page.goForward();
  await expect(knownInput(page)).toHaveValue('');
  await expect(listItems(page)).toHaveCount(bundle.events.length);
});

test('an event known only from an earlier, vaguer report says later reports refined its date', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  // An event whose first report dates it with other words than the final date, and no report of that day states it.
  const found = bundle.events.find((e) => {
    const day = firstReported(e);
    const early = e.sources.filter((s) => published(s) === day);
    return early.length < e.sources.length && early.some((s) => s.evidence) && !early.some((s) => s.evidence?.value === e.date.value);
  });
  test.skip(!found, 'no event in this corpus was dated more vaguely by its first report');
  const event = found!;
  const day = firstReported(event)!;
  await page.goto(`./${linkTo({ event: event.id, known: day })}`);
  await loaded(page);
  await expect(page.getByTestId('detail-refined')).toContainText('Later reports refined this to');
  const early = event.sources.filter((s) => published(s) === day).map((s) => s.evidence?.value);
  expect(early).toContain(await page.getByTestId('detail-date').locator('code').textContent());
  await expect(page.getByTestId('detail-later')).toContainText('later report');
  await expect(page.getByTestId('source')).toHaveCount(event.sources.filter((s) => published(s) === day).length);
});

test('a copied link restores the axis and the "as known on" day in a fresh browser', async ({ page, browser, request }) => {
  const { event, reported } = reportedLater(await fetchCorpus(request));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./${linkTo({ event: event.id })}`);
  await loaded(page);
  await clickAxis(page, 'First reported');
  await knownInput(page).fill(reported);
  await expect(page).toHaveURL(new RegExp(`known=${reported}`));
  await page.getByTestId('copy-link').click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await browser.newContext({ timezoneId: 'UTC' });
  const other = await fresh.newPage();
  await other.goto(link);
  await loaded(other);
  await expect(axisRadio(other, 'First reported')).toBeChecked();
  await expect(knownInput(other)).toHaveValue(reported);
  await expect(groupOf(other, event.id)).toHaveAttribute('aria-label', formatMonth(reported));
  await fresh.close();
});

test('an invalid axis or day in a link is dropped with a notice', async ({ page, request }) => {
  const bundle = await fetchCorpus(request);
  await page.goto('./?axis=foo&known=2025-13-40');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('"foo"');
  await expect(notices).toContainText('"2025-13-40"');
  await expect(axisRadio(page, 'Happened')).toBeChecked();
  await expect(knownInput(page)).toHaveValue('');
  await expect(listItems(page)).toHaveCount(bundle.events.length);
  expect(new URL(page.url()).searchParams.has('axis')).toBe(false);
});

test('on the reported axis, events with no known report date are counted and listed last, never placed', async ({ page, serveBundle }) => {
  const bundle = syntheticBundle(12);
  const unknown = { value: null, from: null, to: null, provenance: 'unknown' as const, note: 'no date on the page' };
  const undated = bundle.events[2]!;
  undated.sources = undated.sources.map((s) => ({ ...s, context: unknown }));
  await serveBundle(bundle);
  await page.goto(`./${linkTo({ axis: 'reported' })}`);
  await loaded(page);
  await expect(page.getByTestId('undated-notice')).toContainText('1 event has no known report date');
  const last = page.getByTestId('list-group').last();
  await expect(last).toHaveAttribute('aria-label', 'Report date unknown');
  await expect(last.getByTestId('event-item')).toHaveText([new RegExp(`Report date unknown${undated.title}`)]);
  // Not drawn on the timeline: one item fewer with its label than events with its title (synthetic titles repeat).
  const twins = bundle.events.filter((e) => e.title === undated.title).length;
  await timelineReady(page);
  await expect(page.locator('.dl-timeline .vis-item').filter({ hasText: shortLabel(undated.title) })).toHaveCount(twins - 1);
  await clickAxis(page, 'Happened');
  await expect(page.getByTestId('undated-notice')).toBeHidden();
  // Not known on any day: a page with no date cannot say what was known when.
  await page.goto(`./${linkTo({ known: '2030-01-01' })}`);
  await expect(listItems(page)).toHaveCount(bundle.events.length - 1);
  await expect(page.locator(`[data-event-id="${undated.id}"]`)).toHaveCount(0);
});
