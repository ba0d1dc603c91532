// Screenshots for looking at the UI: desktop 1280×800 and phone 390 px, light and dark, real corpus or synthetic.
// Usage: npx vite build && (npx vite preview --port 4173 &) && npx tsx e2e/shots.ts [outDir] [synthetic-count] [title]
import { chromium } from '@playwright/test';
import { syntheticBundle } from './support/synthetic-bundle';

const out = process.argv[2] ?? '/tmp/shots';
const synthetic = Number(process.argv[3] ?? 0);
const pick = process.argv[4];
const base = `http://localhost:4173${process.env.DATELINE_BASE ?? '/'}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, timezoneId: 'UTC' });
    page.on('console', (m) => m.type() === 'error' && console.error(`[${name}/${scheme}] ${m.text()}`));
    if (synthetic) await page.route('**/data/corpus.json', (r) => r.fulfill({ json: syntheticBundle(synthetic) }));
    await page.goto(base);
    await page.getByTestId('event-list').waitFor();
    const items = page.getByTestId('event-item');
    const first = pick ? items.filter({ hasText: pick }).first() : items.nth(2);
    if (await first.count()) await first.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: process.env.FULL === '1' });
    await page.close();
  }
}
await browser.close();
