// `npm run bench`: every scale figure of the site, each beside its target, on generated corpora.
// Corpora (1,000 / 10,000 / 100,000 posts) are cached in .bench/. BENCH_RUNS sets the runs per
// timing (default 3); BENCH_SIZE picks the large corpus (default 100000) for a quicker run. BENCH_SHAPE is
// the large corpus's shape: `jekyll` (default: a site shaped like the real archive) or `default`.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureFreshness } from './freshness';
import { measureRenderBudget, toRatio, type RenderBudget } from './render-budget';
import { runLoad, timeEach } from './load';
import { atMost, below, exactly, median, percentile, row, toTable, type Row, type Target } from './report';
import { ROOT, build, residentMb, start, stop, waitForPage } from './server';
import { ensureBuild } from '../cluster/cluster';
import { measureCrowd, type CrowdLoad, type CrowdResult, type CrowdTarget } from '../cluster/crowd';
import { gzipKb, measurePage } from './weight';
import { measureHugo } from './hugo.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LARGE = Number(process.env.BENCH_SIZE ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 3250);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 20);
const SHAPE = process.env.BENCH_SHAPE ?? 'jekyll';
if (SHAPE !== 'jekyll' && SHAPE !== 'default') throw new Error(`BENCH_SHAPE '${SHAPE}' must be jekyll or default`);
// The jekyll shape has no licai category; emnews is its busiest, as upstream's was.
const [CATEGORY, TAG] = SHAPE === 'jekyll' ? ['emnews', '东财滚动新闻'] : ['licai', '理财'];

const corpus = (count: number, shape = 'default') => path.join(ROOT, '.bench', `${shape === 'default' ? 'posts' : shape}-${count}`);
const say = (line: string) => console.log(`bench: ${line}`);
const BUDGET_SECONDS = Number(process.env.BENCH_BUDGET_SECONDS ?? 15);

function generate(count: number, shape = 'default'): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/content/gen-posts.mjs'), corpus(count, shape), String(count), '--seed', '1', '--shape', shape], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`generating ${count} posts failed`);
}

/** Dated post files of a generated corpus. */
function listPostFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      // A Jekyll site keeps posts in _posts/ and pages (index.md, 404.md) beside them.
      if (entry.name.startsWith('.') || (entry.name.startsWith('_') && entry.name !== '_posts')) continue;
      if (entry.isDirectory()) walk(path.join(folder, entry.name));
      else if (/^\d{4}-\d{1,2}-\d{1,2}-.+\.md$/.test(entry.name)) files.push(path.join(folder, entry.name));
    }
  };
  walk(dir);
  return files;
}

/** Slugs of a generated corpus, from its dated post file names (the generator sets no slug keys). */
function listSlugs(dir: string): string[] {
  return listPostFiles(dir).map((file) => path.basename(file).replace(/\.md$/, '').replace(/^\d{4}-\d{1,2}-\d{1,2}-/, ''));
}

/** A file's front matter: the first 8 KB read, the whole file only when the closing `---` lies further on. */
function readFrontMatter(file: string, buffer: Buffer): string | undefined {
  const pattern = /^\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
  const fd = openSync(file, 'r');
  let head: string;
  try {
    head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
  return (pattern.exec(head) ?? pattern.exec(readFileSync(file, 'utf8')))?.[1];
}

/**
 * Distinct categories and tags over a corpus's posts, named as the reader names them: a `tags:` or `categories:`
 * string splits on whitespace, a `[a, b]` or `- a` list gives its items, `tag:` and `category:` one name each.
 * A line scan of the front matter, not a YAML parse: enough for the generator's corpora.
 */
function countTaxonomy(files: string[]): { categories: number; tags: number } {
  const names = { categories: new Set<string>(), tags: new Set<string>() };
  const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  const buffer = Buffer.alloc(8192);
  for (const file of files) {
    const front = readFrontMatter(file, buffer);
    if (front === undefined) continue;
    let list: Set<string> | undefined;
    for (const line of front.split(/\r?\n/)) {
      const item = list && /^\s*-\s+(.*)$/.exec(line);
      if (list && item) {
        const name = unquote(item[1] ?? '');
        if (name) list.add(name);
        continue;
      }
      list = undefined;
      const key = /^(categories|category|tags|tag):[ \t]*(.*)$/.exec(line);
      if (!key) continue;
      const target = key[1]?.startsWith('tag') ? names.tags : names.categories;
      const value = (key[2] ?? '').replace(/\s+#.*$/, '').trim();
      let found: string[];
      if (value === '') {
        list = target;
        found = [];
      } else if (key[1] === 'tag' || key[1] === 'category') found = [unquote(value)];
      else if (value.startsWith('[')) found = value.replace(/^\[|\]$/g, '').split(',').map(unquote);
      else found = unquote(value).split(/\s+/);
      for (const name of found) if (name) target.add(name);
    }
  }
  return { categories: names.categories.size, tags: names.tags.size };
}

function searchFigures(): Record<string, { buildSeconds: number; searchIndexMB: number; p95ms: number; p50ms: number }> {
  const result = spawnSync('npm', ['run', '-s', 'bench:search'], { cwd: ROOT, env: { ...process.env, BENCH_SIZES: `10000,${LARGE}`, BENCH_SHAPE: SHAPE }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('bench:search failed');
  return JSON.parse(readFileSync(path.join(ROOT, 'bench/search-results.json'), 'utf8')).search;
}

async function coldStarts(dir: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const server = start(dir, PORT);
    try {
      times.push(await waitForPage(server, '/', 120_000));
    } finally {
      await stop(server);
    }
  }
  return times;
}

async function main(): Promise<void> {
  const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAtStart: os.loadavg().map((n) => n.toFixed(1)).join(' ') };
  say(`machine: ${JSON.stringify(machine)}`);
  for (const count of [1000, 10_000]) generate(count);
  generate(LARGE, SHAPE);
  const large = corpus(LARGE, SHAPE);
  // New posts go where the site's own posts live: _posts/ in a Jekyll site.
  const freshRoot = SHAPE === 'jekyll' ? path.join(large, '_posts') : large;
  rmSync(path.join(freshRoot, 'bench-fresh'), { recursive: true, force: true });
  const largeFiles = listPostFiles(large);
  const taxonomy = { posts: largeFiles.length, ...countTaxonomy(largeFiles) };
  say(`${LARGE} posts: ${taxonomy.posts} dated post files, ${taxonomy.categories} categories, ${taxonomy.tags} tags`);

  say('search index (bench:search)');
  const search = searchFigures();

  say(`next build, ${RUNS} runs each with the bundled posts and with ${LARGE} posts`);
  const bundledBuilds: number[] = [];
  const largeBuilds: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    bundledBuilds.push(build(path.join(ROOT, 'posts')));
    largeBuilds.push(build(large));
  }

  say('cold starts');
  const colds = await coldStarts(large);

  say('serving');
  const server = start(large, PORT);
  const slugs = listSlugs(large);
  const loads: Record<string, Awaited<ReturnType<typeof runLoad>>> = {};
  let rssAfterLoad = 0;
  let freshness: Awaited<ReturnType<typeof measureFreshness>>;
  let sequential: Awaited<ReturnType<typeof timeEach>>;
  let article: Awaited<ReturnType<typeof measurePage>>;
  let empty: Awaited<ReturnType<typeof measurePage>>;
  let home: Awaited<ReturnType<typeof measurePage>>;
  let allSources: Awaited<ReturnType<typeof measurePage>>;
  try {
    await waitForPage(server, '/', 120_000);
    // Search indexing runs in the background after a start; let it finish before measuring.
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_SETTLE_MS ?? 60_000)));
    const cached = `/posts/${encodeURIComponent(slugs[0] ?? '')}`;
    for (const url of ['/', `/category/${CATEGORY}`, cached]) await fetch(server.base + url).then((r) => r.text());
    let next = 1;
    const fresh = () => `/posts/${encodeURIComponent(slugs[next++ % slugs.length] ?? '')}`;
    for (const [name, nextPath] of [['home', () => '/'], ['category', () => `/category/${CATEGORY}`], ['cached article', () => cached], ['first render', fresh]] as const) {
      say(`load: ${name}`);
      loads[name] = await runLoad(server.base, nextPath, 32, LOAD_SECONDS);
    }
    sequential = await timeEach(server.base, Array.from({ length: 60 }, fresh));
    rssAfterLoad = residentMb(server.child.pid ?? 0);
    say('freshness trials');
    freshness = await measureFreshness(server.base, freshRoot, TRIALS, CATEGORY, TAG);
    article = await measurePage(server.base, cached);
    empty = await measurePage(server.base, '/no-such-page-for-the-bench');
    home = await measurePage(server.base, '/');
    allSources = await measurePage(server.base, '/categories');
  } finally {
    await stop(server);
    rmSync(path.join(freshRoot, 'bench-fresh'), { recursive: true, force: true });
  }

  const hugoDir = corpus(10_000);
  say('hugo (when installed)');
  const hugo = process.env.BENCH_HUGO === '0' ? undefined : await measureHugo({ postsDir: hugoDir, workDir: path.join(os.tmpdir(), 'finews-bench-hugo'), runs: RUNS });

  say('render budget: a normal article alone and beside hostile articles at 8 connections');
  const budget = await measureBudget();

  const firstSlug = slugs[0] ?? '';
  const bodyFile = findFile(large, firstSlug);
  const bodyKb = bodyFile ? gzipKb(readFileSync(bodyFile, 'utf8').replace(/^---[\s\S]*?\n---\n/, '')) : undefined;
  const p95 = (values: (number | undefined)[]) => percentile(values.map((v) => v ?? Infinity), 95);
  const missed = (values: (number | undefined)[]) => values.filter((v) => v === undefined).length;
  const ms = (value: number | undefined) => (value === undefined ? undefined : Math.round(value));
  const n = LARGE.toLocaleString('en-US');
  const rows: Row[] = [
    row(`cold start to first page, ${n} posts (median of ${RUNS})`, ms(median(colds)), ' ms', atMost(10_000, ' ms')),
    row(`next build, bundled posts (median of ${RUNS})`, ms(median(bundledBuilds)), ' ms'),
    row(`next build, ${n} posts (median of ${RUNS})`, ms(median(largeBuilds)), ' ms'),
    row('  build time ratio, large / bundled', Number(((median(largeBuilds) ?? 0) / (median(bundledBuilds) ?? 1)).toFixed(2)), '×', atMost(1.5, '×')),
    row(`search index build, ${n} posts`, search[String(LARGE)]?.buildSeconds, ' s'),
    row(`search index memory, ${n} posts`, search[String(LARGE)]?.searchIndexMB, ' MB', atMost(300, ' MB')),
    row(`search p95, ${n} posts`, search[String(LARGE)]?.p95ms, ' ms', atMost(30, ' ms')),
  ];
  for (const [name, load] of Object.entries(loads)) {
    const cachedPage = name !== 'first render';
    rows.push(row(`${name}: 32 connections × ${LOAD_SECONDS} s, requests`, load.requests, ` (${load.perSecond}/s)`));
    rows.push(row(`  ${name}: errors + non-2xx`, load.errors + load.non2xx, '', exactly(0)));
    rows.push(row(`  ${name}: p50 / p95`, `${Math.round(load.p50)} / ${Math.round(load.p95)}`, ' ms'));
    rows.push(cachedPage ? row(`  ${name}: p99`, load.p99, ' ms', atMost(50, ' ms')) : row(`  ${name}: p95`, load.p95, ' ms', atMost(150, ' ms')));
  }
  rows.push(row('first render, one reader at a time: p95', ms(sequential.p95), ' ms', atMost(150, ' ms')));
  rows.push(row('resident memory after the load runs', rssAfterLoad, ' MB', below(700, ' MB')));
  rows.push(row(`new post on article, home, category, tag: p95 of ${TRIALS}`, ms(p95(freshness.added)), ' ms', atMost(2000, ' ms')));
  rows.push(row('  new post: median', ms(median(freshness.added.filter((v): v is number => v !== undefined))), ' ms', atMost(1000, ' ms')));
  rows.push(row(`edit on article and home: p95 of ${TRIALS}`, ms(p95(freshness.edited)), ' ms', atMost(2000, ' ms')));
  rows.push(row(`deletion: 404 and gone from lists, p95 of ${TRIALS}`, ms(p95(freshness.deleted)), ' ms', atMost(2000, ' ms')));
  rows.push(row('  trials that never showed (10 s)', missed(freshness.added) + missed(freshness.edited) + missed(freshness.deleted), '', exactly(0)));
  rows.push(row('future post hidden before its time', freshness.futureHiddenEarly ? 1 : 0, ' (1 = yes)', exactly(1)));
  rows.push(row('future post shown after its time, within', ms(freshness.futureLateMs), ' ms', atMost(2000, ' ms')));
  rows.push(row('article client JS (gzip)', article.scriptGzipKb, ' KB'));
  rows.push(row('empty page (404) client JS (gzip)', empty.scriptGzipKb, ' KB'));
  rows.push(row('  article JS above the empty page', Number((article.scriptGzipKb - empty.scriptGzipKb).toFixed(1)), ' KB', atMost(20, ' KB')));
  rows.push(row('article HTML (gzip)', article.htmlGzipKb, ' KB'));
  rows.push(row('  its post body alone (gzip)', bodyKb, ' KB'));
  const count = (value: number) => value.toLocaleString('en-US');
  rows.push(row(`home HTML (gzip), ${n} posts, ${count(taxonomy.categories)} categories, ${count(taxonomy.tags)} tags`, home.htmlGzipKb, ' KB', atMost(60, ' KB')));
  rows.push(row('  home page count of links', home.links, ''));
  rows.push(row('all sources page /categories (gzip)', allSources.htmlGzipKb, ' KB'));
  if (hugo) {
    const publish = median(freshness.added.filter((v): v is number => v !== undefined)) ?? 0;
    rows.push(row(`hugo ${hugo.version.split(' ')[1] ?? ''} full build, 10,000 posts (median of ${RUNS})`, Math.round(hugo.medianMs), ' ms'));
    rows.push(row(`hugo publish one post (rebuild), 10,000 posts`, Math.round(hugo.publishOneMedianMs), ' ms'));
    rows.push(row(`  hugo rebuild / this site's publish at ${n} posts`, Math.round(hugo.publishOneMedianMs / Math.max(1, publish)), '×'));
  } else rows.push(row('hugo comparison', 'hugo not installed', ''));
  rows.push(...toBudgetRows(budget));

  console.log('');
  for (const line of toTable(rows)) console.log(line);
  const results = { date: new Date().toISOString(), machine: { ...machine, loadAtEnd: os.loadavg().map((v) => v.toFixed(1)).join(' ') }, runs: RUNS, largeCorpus: LARGE, shape: SHAPE, rows, raw: { colds, bundledBuilds, largeBuilds, loads, sequential, freshness, article, empty, home, allSources, taxonomy, search, hugo } };
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  say(`written to bench/results.json; load average at the end ${results.machine.loadAtEnd}`);
  const failed = rows.filter((r) => r.met === false).length;
  if (failed > 0) say(`${failed} figure(s) miss their target`);
}

/** The render-budget figures on the 1,000-post corpus, with whatever build is in .next-bench. */
async function measureBudget(): Promise<RenderBudget> {
  const dir = corpus(1000);
  return measureRenderBudget(dir, listSlugs(dir), PORT, BUDGET_SECONDS, RUNS);
}

function toBudgetRows(budget: RenderBudget): Row[] {
  const ratio = toRatio(budget);
  const p99s = (values: number[]) => values.map((v) => Math.round(v)).join(', ');
  return [
    row(`normal article alone, 4 connections: p99 (median of ${budget.unloadedP99.length}: ${p99s(budget.unloadedP99)})`, median(budget.unloadedP99), ' ms'),
    row(`  beside hostile articles at 8 connections: p99 (${p99s(budget.loadedP99)})`, median(budget.loadedP99), ' ms'),
    row('  loaded p99 / alone p99', ratio, '×', atMost(2, '×')),
    row('  slowest answer while loaded, normal or hostile', Math.round(budget.slowestMs), ' ms', atMost(5000, ' ms')),
    row(`  hostile requests answered (errors + non-2xx)`, budget.hostile.requests, ` (${budget.hostile.errors + budget.hostile.non2xx})`),
    row('  normal article errors + non-2xx', budget.normalErrors, '', exactly(0)),
    row(`  resident memory growth (${budget.rssBeforeMb} → ${budget.rssAfterMb} MB, peak ${budget.rssPeakMb} MB)`, budget.rssAfterMb - budget.rssBeforeMb, ' MB', atMost(100, ' MB')),
  ];
}

function findFile(dir: string, slug: string): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(full, slug);
      if (found) return found;
    } else if (entry.name.endsWith(`${slug}.md`) && existsSync(full)) return full;
  }
  return undefined;
}

const CROWD_DIST_DIR = '.next-crowd';
const atLeast = (limit: number, unit = ''): Target => ({ text: `≥ ${limit}${unit}`, test: (value) => value >= limit });

/**
 * BENCH_ONLY=crowd: 32 connections on cached pages (home, a category, an article), one instance
 * alone against nginx in front of two instances sharing Redis (scripts/cluster/), alternating
 * BENCH_CROWD_ROUNDS rounds of BENCH_CROWD_SECONDS each, on the default-shape corpus of
 * BENCH_SIZE posts (10,000 here unless set), built into .next-crowd (BENCH_BUILD=0 reuses it).
 * autocannon runs on the same cores as the servers.
 */
async function measureCrowdSection(count: number): Promise<void> {
  generate(count);
  // Its own build folder, so that a build for another section or run cannot replace it under the running servers.
  ensureBuild(CROWD_DIST_DIR, say, process.env.BENCH_BUILD !== '0');
  const dir = corpus(count);
  const article = `/posts/${encodeURIComponent(listSlugs(dir)[0] ?? '')}`;
  const seconds = Number(process.env.BENCH_CROWD_SECONDS ?? 10);
  const crowd = await measureCrowd({
    postsDir: dir,
    distDir: CROWD_DIST_DIR,
    paths: ['/', '/category/licai', article],
    rounds: Number(process.env.BENCH_CROWD_ROUNDS ?? 3),
    seconds,
    connections: 32,
    settleMs: Number(process.env.BENCH_SETTLE_MS ?? 20_000),
    log: say,
  });
  console.log('');
  for (const line of toTable(toCrowdRows(crowd, count, seconds))) console.log(line);
}

function toCrowdRows(crowd: CrowdResult, count: number, seconds: number): Row[] {
  const rows: Row[] = [];
  const names: [CrowdTarget, string][] = [
    ['instance', 'one instance alone (no Redis)'],
    ['nginx', 'nginx in front of 2 instances + Redis'],
  ];
  for (const encoding of ['identity', 'gzip'] as const) {
    const loads = (target: CrowdTarget) => crowd.rounds.filter((round) => round.target === target && round.encoding === encoding).map((round) => round.load);
    const medianOf = (target: CrowdTarget, pick: (load: CrowdLoad) => number) => median(loads(target).map(pick)) ?? 0;
    const asked = encoding === 'gzip' ? 'Accept-Encoding: gzip, as browsers send' : 'no Accept-Encoding, as the loads above';
    rows.push(row(`${asked} (answers of ${Math.round(medianOf('nginx', (load) => load.bytesPerAnswer) / 1024)} KB)`, '', ''));
    for (const [target, name] of names) {
      const each = loads(target);
      rows.push(row(`  ${name}: requests/s, median of ${each.length} × ${seconds} s (${each.map((load) => load.perSecond).join(', ')})`, medianOf(target, (load) => load.perSecond), '/s'));
      rows.push(row(`    p50 / p99, medians`, `${Math.round(medianOf(target, (load) => load.p50))} / ${Math.round(medianOf(target, (load) => load.p99))}`, ' ms'));
      rows.push(row(`    errors + non-2xx`, each.reduce((sum, load) => sum + load.errors + load.non2xx, 0), '', exactly(0)));
    }
    rows.push(row('  through nginx: p99 (median of the rounds)', Math.round(medianOf('nginx', (load) => load.p99)), ' ms', atMost(50, ' ms')));
    const ratio = medianOf('nginx', (load) => load.perSecond) / Math.max(1, medianOf('instance', (load) => load.perSecond));
    rows.push(row('  nginx / one instance, requests/s', Number(ratio.toFixed(1)), '×', atLeast(10, '×')));
  }
  rows.push(row(`${count.toLocaleString('en-US')} posts; 32 connections on home, a category, an article; autocannon on the same 2 cores`, '', ''));
  rows.push(row('load average before → after the rounds', `${crowd.loadBefore} → ${crowd.loadAfter}`, ''));
  return rows;
}

if (process.env.BENCH_ONLY === 'render-budget') {
  // Just this section, on a fresh build of the code as it is (BENCH_BUILD=0 reuses .next-bench).
  generate(1000);
  if (process.env.BENCH_BUILD !== '0') build(path.join(ROOT, 'posts'));
  const rows = toBudgetRows(await measureBudget());
  for (const line of toTable(rows)) console.log(line);
} else if (process.env.BENCH_ONLY === 'crowd') {
  // Just this section (BENCH_BUILD=0 reuses .next-crowd).
  await measureCrowdSection(Number(process.env.BENCH_SIZE ?? 10_000));
} else {
  await main();
  // Issue #13's side-by-side: one instance against nginx, on the 10,000-post corpus main() made.
  say('crowd: one instance alone against nginx in front of two instances');
  await measureCrowdSection(10_000);
}
