// The cluster test (cluster.e2e.ts): nginx, two instances and Redis on the production build that
// `npm test` made for the e2e suite (NEXT_DIST_DIR, default .next). No browser: plain HTTP.
// Kept out of e2e/ so that the main Playwright config does not run it with the browser suite.
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.join(import.meta.dirname, '..', '..');

export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: 'cluster.e2e.ts',
  outputDir: path.join(root, 'test-results-cluster'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: process.env.CLUSTER_REPORT ?? path.join(root, '.reports/cluster.json') }]],
});
