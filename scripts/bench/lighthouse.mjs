// Measures the production build with Lighthouse (mobile preset) and prints the scores beside the targets.
// A measurement, not a test: exits 0 when targets are missed, 1 only when Lighthouse could not run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = path.join(import.meta.dirname, '..', '..');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
const SERVER = path.join(ROOT, 'server/start.mjs');
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const PORT = 3200;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/posts/000_52a2a947919bd700'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const REPORT = path.join(ROOT, '.reports/lighthouse.json');

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

function buildIfMissing() {
  if (existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) return;
  console.log(`No build in ${DIST_DIR}: running next build`);
  const result = spawnSync(process.execPath, [NEXT, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
}

// Its own process group, so stopping it also stops anything it forks.
function startServer() {
  const server = spawn(process.execPath, [SERVER, '-H', 'localhost', '-p', String(PORT)], { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4_000);
  });
  return { server, stderr: () => stderr };
}

function signalGroup(server, signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // The group is already gone.
  }
}

// SIGTERM stops the server; whatever of the group is left after 5 s gets SIGKILL.
async function stopServer(server) {
  signalGroup(server, 'SIGTERM');
  if (server.exitCode === null && server.signalCode === null) {
    await Promise.race([new Promise((resolve) => server.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  signalGroup(server, 'SIGKILL');
}

async function waitForServer({ server, stderr }) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server/start.mjs exited with ${server.exitCode}:\n${stderr()}`);
    if (await answers(`${BASE_URL}/`)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server/start.mjs did not answer on ${BASE_URL} within 60 s:\n${stderr()}`);
}

function toItemText(item) {
  const where = item.sourceLocation?.url ?? item.source?.url;
  const text = item.node?.selector ?? (item.description ? `${item.description}${where ? ` (${where})` : ''}` : (item.url ?? where));
  return typeof text === 'string' ? text.slice(0, 200) : undefined;
}

function toFailingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    // Hidden refs repeat a visible audit under its newer "insight" name.
    .filter((ref) => ref.group !== 'hidden')
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9 && !['manual', 'informative', 'notApplicable'].includes(audit.scoreDisplayMode))
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      // The first few offending elements, so the fix can start from the selector.
      items: (audit.details?.items ?? []).slice(0, 5).map(toItemText).filter(Boolean),
    }));
}

async function auditPage(port, pagePath) {
  const result = await lighthouse(`${BASE_URL}${pagePath}`, { port, output: 'json', logLevel: 'error' });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`${pagePath}: Lighthouse returned no result`);
  if (lhr.runtimeError) throw new Error(`${pagePath}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {};
  const failing = {};
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
    scores[id] = score;
    if (score < target) failing[id] = toFailingAudits(lhr, id);
  }
  // A loaded machine lowers the benchmark index and, through simulated throttling, the performance score.
  return { path: pagePath, url: lhr.finalDisplayedUrl, scores, failing, warnings: lhr.runWarnings, benchmarkIndex: lhr.environment.benchmarkIndex };
}

function printTable(pages) {
  const ids = Object.keys(TARGETS);
  const width = Math.max(8, ...pages.map((page) => page.path.length)) + 2;
  const row = (label, cells) => label.padEnd(width) + cells.map((cell, i) => cell.padStart(ids[i].length + 2)).join('');
  console.log(row('', ids));
  console.log(row('target', ids.map((id) => (TARGETS[id] < 100 ? `≥${TARGETS[id]}` : '100'))));
  for (const page of pages) console.log(row(page.path, ids.map((id) => `${page.scores[id] < TARGETS[id] ? '✗ ' : ''}${page.scores[id]}`)));
  console.log(`\nCPU benchmark index: ${pages.map((page) => Math.round(page.benchmarkIndex)).join(', ')} (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`);
  for (const page of pages) {
    for (const warning of page.warnings) console.log(`\n${page.path} warning: ${warning}`);
    for (const [id, audits] of Object.entries(page.failing)) {
      console.log(`\n${page.path} ${id} ${page.scores[id]} < ${TARGETS[id]}:`);
      for (const audit of audits) console.log(`  - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${audit.items.length ? `: ${audit.items.join(', ')}` : ''}`);
      if (audits.length === 0) console.log('  (no single audit below 0.9: the category is the sum of small losses)');
    }
  }
}

async function main() {
  buildIfMissing();
  if (await answers(`${BASE_URL}/`)) throw new Error(`port ${PORT} is already taken: stop whatever is serving ${BASE_URL} first`);
  let started;
  let chrome;
  let stopped = false;
  // Also on a crash or Ctrl-C, where the finally below never runs.
  process.once('exit', () => stopped || (started && signalGroup(started.server, 'SIGKILL')));
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  try {
    started = startServer();
    await waitForServer(started);
    chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
    const pages = [];
    for (const pagePath of PAGES) pages.push(await auditPage(chrome.port, pagePath));
    printTable(pages);
    mkdirSync(path.dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify({ date: new Date().toISOString(), distDir: DIST_DIR, preset: 'mobile', targets: TARGETS, pages }, null, 2)}\n`);
    console.log(`\nWrote ${path.relative(ROOT, REPORT)}`);
  } finally {
    try {
      await chrome?.kill();
    } finally {
      if (started) await stopServer(started.server);
      stopped = true;
    }
  }
}

main().catch((error) => {
  console.error(`lighthouse: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
