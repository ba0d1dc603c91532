// The README's screenshots, from the real build: serves dist/ with `vite preview` on a free port, shoots desktop
// (1280 px), mobile (390 px) and dark, then stops the server it started.
//   npm run screenshots                                  → docs/screenshots/{desktop,mobile,dark}.png (builds first)
//   npx tsx e2e/shots.ts /tmp/shots [synthetic-count]   → the same shots elsewhere, optionally of a synthetic corpus
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { CorpusBundle } from '../src/pipeline/types';
import { syntheticBundle } from './support/synthetic-bundle';

const out = process.argv[2] ?? 'docs/screenshots';
const synthetic = Number(process.argv[3] ?? 0);

const SHOTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, scheme: 'light', query: '', fullPage: true },
  { name: 'mobile', viewport: { width: 390, height: 844 }, scheme: 'light', query: '', fullPage: false },
  { name: 'dark', viewport: { width: 1280, height: 800 }, scheme: 'dark', query: '?axis=reported', fullPage: true },
] as const;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function waitFor(url: string, ms = 30_000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

/** The Han–Ishiba phone talks when the corpus has them (the README's caption), else the third event. */
async function pick(page: Page, bundle: CorpusBundle) {
  const han = bundle.events.find((e) => ['Han Duck-soo', 'Shigeru Ishiba'].every((n) => e.actors.some((a) => a.name === n)));
  const item = han ? page.locator(`[data-event-id="${han.id}"]`) : page.getByTestId('event-item').nth(2);
  if (await item.count()) await item.click();
}

const port = await freePort();
const base = `http://localhost:${port}${process.env.DATELINE_BASE ?? '/'}`;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { detached: true, stdio: 'ignore' });
try {
  await waitFor(base);
  const bundle: CorpusBundle = synthetic ? syntheticBundle(synthetic) : await (await fetch(`${base}data/corpus.json`)).json();
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.scheme, timezoneId: 'UTC', locale: 'en-GB' });
    page.on('console', (m) => m.type() === 'error' && console.error(`[${shot.name}] ${m.text()}`));
    if (synthetic) await page.route('**/data/corpus.json', (r) => r.fulfill({ json: bundle }));
    await page.goto(`${base}${shot.query}`);
    await page.getByTestId('event-list').waitFor();
    await page.locator('.dl-timeline .vis-item').first().waitFor();
    await pick(page, bundle);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${shot.name}.png`, fullPage: shot.fullPage });
    console.log(`${out}/${shot.name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid!);
}
