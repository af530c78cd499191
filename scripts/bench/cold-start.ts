// The index's part of a cold start, in this process: the first snapshot of a corpus built from
// nothing, and from the saved index (lib/content/index-snapshot.ts), median of RUNS each, taking
// turns. Run: node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/bench/cold-start.ts [posts dir]
// The corpus comes from `node scripts/content/gen-posts.mjs .bench/jekyll-100000 100000 --seed 1 --shape jekyll`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadIndexSnapshot, toIndexCacheFile } from '../../lib/content/index-snapshot';
import { createPostStore } from '../../lib/content/post-store';
import { parseSiteConfig } from '../../lib/site/site';

const ROOT = path.join(import.meta.dirname, '..', '..');
const RUNS = 3;
const dir = path.resolve(process.argv[2] ?? path.join(ROOT, '.bench', 'jekyll-100000'));
if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: generate it with scripts/content/gen-posts.mjs`);
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-cold-start-'));
const cacheFile = toIndexCacheFile(dir, cacheDir) ?? '';
const lines: string[] = [];
const log = (line: string) => lines.push(line);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function load(): string {
  return os.loadavg().map((n) => n.toFixed(2)).join(' ');
}

/** Milliseconds to the first snapshot; the store is closed before it would save. */
async function timeStart(indexCache?: string): Promise<{ ms: number; posts: number }> {
  const started = performance.now();
  const store = createPostStore(dir, { log, ...(indexCache ? { indexCache } : {}) });
  const snapshot = await store.refresh();
  const ms = performance.now() - started;
  store.close();
  return { ms, posts: snapshot.posts.length };
}

async function main(): Promise<void> {
  console.log(`${dir}; load average ${load()}; ${os.cpus().length} cores; node ${process.version}`);
  const store = createPostStore(dir, { log, indexCache: cacheFile });
  await store.refresh();
  let started = performance.now();
  await store.saveIndex();
  const saveMs = performance.now() - started;
  store.close();
  const bytes = fs.statSync(cacheFile).size;

  const without: number[] = [];
  const withSaved: number[] = [];
  const loads: number[] = [];
  // The settings the store would read, for loading the snapshot on its own.
  const read = (name: string) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : undefined);
  const site = parseSiteConfig(read('_site.yml'), undefined, read('_config.yml'), read('CNAME')).site;
  for (let run = 0; run < RUNS; run += 1) {
    const full = await timeStart();
    without.push(full.ms);
    const saved = await timeStart(cacheFile);
    withSaved.push(saved.ms);
    started = performance.now();
    const states = await loadIndexSnapshot(cacheFile, { root: dir, site, log, intern: (text) => text });
    loads.push(performance.now() - started);
    console.log(`run ${run + 1}: full scan ${Math.round(full.ms)} ms, from the saved index ${Math.round(saved.ms)} ms (${saved.posts} posts both: ${full.posts === saved.posts}), snapshot load ${Math.round(loads.at(-1) ?? 0)} ms (${states?.size ?? 'not used'} entries); load average ${load()}`);
  }
  console.log(`median of ${RUNS}: full scan ${Math.round(median(without))} ms, from the saved index ${Math.round(median(withSaved))} ms`);
  console.log(`snapshot: ${(bytes / 1048576).toFixed(1)} MB, saved in ${Math.round(saveMs)} ms (wall, in slices), loaded in ${Math.round(median(loads))} ms (median)`);
  console.log(`load average at the end ${load()}`);
  const snapshotLines = lines.filter((line) => line.includes('index snapshot'));
  if (snapshotLines.length > 0) console.log(snapshotLines.join('\n'));
  fs.rmSync(cacheDir, { recursive: true, force: true });
}

await main();
