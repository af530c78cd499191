import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
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
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `http://127.0.0.1:${port}/`,
    // A server TZ far from the site's zone proves dates do not depend on it.
    env: { E2E_PORT: String(port), E2E_DIR: process.env.E2E_DIR ?? '.e2e', NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next', SITE_URL: 'https://finews.example.com', TZ: 'America/New_York' },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
