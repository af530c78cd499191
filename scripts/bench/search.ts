// `npm run bench:search`: index build time, memory added and query latency at 10,000 and 100,000 posts.
// Run with --expose-gc and the react-server condition (see package.json). Corpora are cached in .bench/.
// BENCH_SHAPE picks the corpus shape: `jekyll` (default, like `npm run bench`) or `default`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createPostStore } from '../../lib/content/post-store';
import { createIndexedStore } from '../../lib/store';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const SHAPE = process.env.BENCH_SHAPE ?? 'jekyll';
if (SHAPE !== 'jekyll' && SHAPE !== 'default') throw new Error(`BENCH_SHAPE '${SHAPE}' must be jekyll or default`);
const ROOT = path.join(import.meta.dirname, '..', '..');

const WORDS = ['小微企业', '小微', '普惠金融', '利率', '基金', '银行', '消费', '就业', '外贸', '房地产', '货币政策', '财政', '股市', '债券', '汇率',
  '通胀', '制造业', '新能源', '数字经济', '人民币', '贷款', '存款', '理财', '保险', '港口', '出口', '进口', '投资', '融资', '上市', '降准', '降息',
  '物价', '居民', '收入', '楼市', '供应链', '科技', '创新', '青岛', '农业', '旅游', '餐饮', '零售', '电商', '物流', '能源', '芯片', '汽车', '医药',
  'GDP', 'CPI', 'PMI', 'ETF', 'A股', '2023', '2024', '5%', '一季度', '同比增长'];
const QUERIES = [...WORDS, ...WORDS.slice(0, 30).map((word, i) => `${word} ${WORDS[(i * 7 + 3) % WORDS.length]}`), ...WORDS.slice(0, 20).map((w) => `${w}政策`)];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

function mb(bytes: number): number {
  return Math.round(bytes / 1048576);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function measure(count: number) {
  // A jekyll corpus is a whole Jekyll site; the store finds its _posts/ and old_post/ from the root.
  const dir = path.join(ROOT, '.bench', `${SHAPE === 'default' ? 'posts' : SHAPE}-${count}`);
  const gen = spawnSync(process.execPath, [path.join(ROOT, 'scripts/content/gen-posts.mjs'), dir, String(count), '--seed', '1', '--shape', SHAPE], { stdio: 'inherit' });
  if (gen.status !== 0) throw new Error('generator failed');
  // Postings are typed arrays, which live outside the JS heap: count both.
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  // First the folder index alone, so the search index's own share can be told apart.
  gc();
  const storeBefore = used();
  let plain: ReturnType<typeof createPostStore> | undefined = createPostStore(dir, { log: () => {} });
  await plain.refresh();
  gc();
  const storeOnly = used() - storeBefore;
  plain = undefined;
  gc();
  const heapBefore = used();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const { store, search } = createIndexedStore(dir, { log: () => {} });
  const snapshot = await store.refresh();
  await store.whenIndexed();
  const buildMs = performance.now() - started;
  gc();
  const heapAdded = used() - heapBefore;
  const rssAdded = process.memoryUsage().rss - rssBefore;
  const now = Date.now();
  for (const query of QUERIES.slice(0, 10)) search.search(query, { now, offset: 0, limit: 10 });
  const times: number[] = [];
  const found: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const query of QUERIES) {
      const t = performance.now();
      const result = search.search(query, { now, offset: 0, limit: 10 });
      times.push(performance.now() - t);
      if (round === 0) found.push(result.total);
    }
  }
  times.sort((a, b) => a - b);
  return {
    posts: snapshot.posts.length,
    queries: QUERIES.length,
    buildSeconds: Number((buildMs / 1000).toFixed(1)),
    memoryAddedMB: mb(heapAdded),
    folderIndexMB: mb(storeOnly),
    searchIndexMB: mb(heapAdded - storeOnly),
    rssAddedMB: mb(rssAdded),
    p50ms: Number(percentile(times, 0.5).toFixed(2)),
    p95ms: Number(percentile(times, 0.95).toFixed(2)),
    maxMs: Number((times.at(-1) ?? 0).toFixed(2)),
    queriesWithResults: found.filter((n) => n > 0).length,
  };
}

const results: Record<string, unknown> = {};
for (const size of SIZES) {
  const result = await measure(size);
  results[String(size)] = result;
  console.log(`search @ ${size}:`, JSON.stringify(result));
}
mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
const file = path.join(ROOT, 'bench/search-results.json');
const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
writeFileSync(file, `${JSON.stringify({ ...previous, date: new Date().toISOString(), shape: SHAPE, search: results }, null, 2)}\n`);
console.log('targets at 100,000 posts: p95 ≤ 30 ms, memory added ≤ 400 MB');
