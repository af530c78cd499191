// Writes a deterministic corpus of Jekyll-style posts for tests and benchmarks:
//   node scripts/content/gen-posts.mjs <dir> <count> [--seed N] [--shape default|jekyll]
// `--shape jekyll` writes a whole Jekyll site shaped like the real archive instead (see gen/jekyll-plan.mjs).
// The same seed, count and shape always give byte-identical files; every sentence in scripts/content/gen/ is written for this script.
// This file is the command line and `generatePosts`; the shapes and the stamp live in scripts/content/gen/.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeDefaultPosts } from './gen/default-site.mjs';
import { writeJekyllSite } from './gen/jekyll-site.mjs';
import { toSourceCount } from './gen/jekyll-sources.mjs';
import { prepareDir } from './gen/prepare-dir.mjs';
import { SHAPES, STAMP_FILE, renderStamp } from './gen/stamp.mjs';

const MAX_COUNT = 2_000_000;

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Writes `count` posts in the given shape into `dir`; returns what it did (`bytes` counts the posts only). */
export function generatePosts(dir, count, seed = 1, shape = 'default') {
  if (!SHAPES.includes(shape)) throw new Error(`unknown shape '${shape}'`);
  const started = performance.now();
  const sources = shape === 'jekyll' ? toSourceCount(count) : undefined;
  const cached = prepareDir(dir, count, seed, shape);
  if (cached) return { cached: true, count, shape, sources, bytes: cached.bytes, seconds: (performance.now() - started) / 1000 };

  const stampPath = path.join(dir, STAMP_FILE);
  // Written first so an interrupted run can still be cleaned up by the next one.
  writeFileSync(stampPath, renderStamp(count, seed, shape, false, 0));
  const bytes = shape === 'jekyll' ? writeJekyllSite(dir, count, seed) : writeDefaultPosts(dir, count, seed);
  writeFileSync(stampPath, renderStamp(count, seed, shape, true, bytes));
  return { cached: false, count, shape, sources, bytes, seconds: (performance.now() - started) / 1000 };
}

function parseArgs(argv) {
  const positional = [];
  let seedText = '1';
  let shape = 'default';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--seed') seedText = argv[++i] ?? '';
    else if (arg.startsWith('--seed=')) seedText = arg.slice('--seed='.length);
    else if (arg === '--shape') shape = argv[++i] ?? '';
    else if (arg.startsWith('--shape=')) shape = arg.slice('--shape='.length);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [dir, countText, extra] = positional;
  if (!dir || !countText || extra !== undefined) throw new Error('expected <dir> <count>');
  if (!/^\d+$/.test(countText) || Number(countText) < 1 || Number(countText) > MAX_COUNT) {
    throw new Error(`count '${countText}' must be a whole number from 1 to ${MAX_COUNT}`);
  }
  if (!/^\d+$/.test(seedText) || Number(seedText) > 0xffffffff) throw new Error(`seed '${seedText}' must be a whole number from 0 to 4294967295`);
  if (!SHAPES.includes(shape)) throw new Error(`shape '${shape}' must be one of ${SHAPES.join(', ')}`);
  return { dir: path.resolve(dir), count: Number(countText), seed: Number(seedText), shape };
}

const USAGE = `usage: node scripts/content/gen-posts.mjs <dir> <count> [--seed N] [--shape default|jekyll]
  default  posts in <dir>/<year>/<month>/ plus _site.yml
  jekyll   <dir> is a Jekyll site like the real archive: _config.yml, CNAME, index pages, _layouts/,
           category/<slug>.html for min(2000, max(20, count/50)) sources, posts in _posts/ (newest 3 days) and old_post/;
           30% of posts tag a topic word besides their source (\`tags: <source> <topic>\`), from min(3000, count/30) words`;

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`gen-posts: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  try {
    const result = generatePosts(args.dir, args.count, args.seed, args.shape);
    const size = `${formatSize(result.bytes)} (${result.bytes} bytes)`;
    const site = result.sources === undefined ? '' : ` as a Jekyll site with ${result.sources} categories`;
    if (result.cached) console.log(`gen-posts: cached: ${args.dir} already holds ${args.count} posts for seed ${args.seed}${site}, ${size}; nothing written`);
    else console.log(`gen-posts: wrote ${args.count} posts to ${args.dir}${site}: ${size} in ${result.seconds.toFixed(2)} s`);
  } catch (error) {
    console.error(`gen-posts: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
