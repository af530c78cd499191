import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { JEKYLL_DIR, JEKYLL_PORT, JEKYLL_SITE_URL } from './e2e/jekyll-site';

const port = Number(process.env.E2E_PORT ?? 3100);
const e2eDir = process.env.E2E_DIR ?? '.e2e';
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
// Tells the Jekyll server which build marker is this run's (see scripts/test/e2e-jekyll-server.sh).
const run = `${process.pid}-${Date.now()}`;
// Debian's Chromium: Playwright cannot download its own browser here.
const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((file) => existsSync(file));

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? '.reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // Playwright starts these one after another, each once the one before answers.
  webServer: [
    {
      command: 'bash scripts/test/e2e-server.sh',
      url: `http://127.0.0.1:${port}/`,
      // A server TZ far from the site's zone proves dates do not depend on it.
      env: { E2E_PORT: String(port), E2E_DIR: e2eDir, NEXT_DIST_DIR: distDir, E2E_RUN: run, SITE_URL: 'https://finews.example.com', TZ: 'America/New_York' },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same build on a copy of the Jekyll fixture site (see e2e/jekyll-site.ts); it waits for the build above.
      command: 'bash scripts/test/e2e-jekyll-server.sh',
      url: `http://127.0.0.1:${JEKYLL_PORT}/robots.txt`,
      env: { JEKYLL_PORT: String(JEKYLL_PORT), JEKYLL_DIR, E2E_DIR: e2eDir, NEXT_DIST_DIR: distDir, E2E_RUN: run, SITE_URL: JEKYLL_SITE_URL, TZ: 'America/New_York' },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
