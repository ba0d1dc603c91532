import { defineConfig, devices } from '@playwright/test';

// Runs against the production build (`npx vite build` first). The same suite runs under a sub-path from another
// build folder and port, e.g.:
//   DATELINE_BASE=/sub/ npx vite build --outDir /tmp/dist-sub &&
//   DATELINE_BASE=/sub/ DATELINE_OUT=/tmp/dist-sub DATELINE_PORT=4174 npx playwright test
const base = process.env.DATELINE_BASE ?? '/';
const port = Number(process.env.DATELINE_PORT ?? 4173);
const outDir = process.env.DATELINE_OUT ? ` --outDir ${process.env.DATELINE_OUT}` : '';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}${base}`,
    trace: 'retain-on-failure',
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort${outDir}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
