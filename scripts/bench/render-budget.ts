// The render budget under attack: a normal article's latency with and without hostile articles
// (bodies that stall a Markdown parser) requested in a loop at 8 connections, in one run, alternating.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STALLING_POSTS, toStallingFile } from '../content/gen/stalling-posts.mjs';
import { runLoad } from './load';
import { median } from './report';
import { residentMb, start, stop, waitForPage } from './server';

export type RenderBudget = {
  unloadedP99: number[];
  loadedP99: number[];
  /** Longest answer of any request, normal or hostile, while loaded. */
  slowestMs: number;
  hostile: { requests: number; errors: number; non2xx: number };
  normalErrors: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  rssPeakMb: number;
};

// Variants of each stalling post: enough that renders over budget keep the pool busy for the whole run.
const VARIANTS = 8;

/** Writes (again) the hostile posts into `dir`, with new contents so every one must be rendered anew. */
function writeHostile(dir: string, round: number): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const slugs: string[] = [];
  STALLING_POSTS.forEach((post, index) => {
    for (let variant = 0; variant < VARIANTS; variant += 1) {
      const name = `${post.name}-${variant}`;
      const file = toStallingFile({ ...post, name, body: `${post.body} ${round}` }, index);
      writeFileSync(path.join(dir, `${name}.md`), file, { flag: 'w' });
      slugs.push(name);
    }
  });
  return slugs;
}

/**
 * `rounds` rounds of three runs of `seconds` each: a normal article set at 4 connections alone; the
 * same beside 8 connections of other normal articles; the same beside the hostile loop. The normal articles are warmed first, so the figure is
 * what a popular article costs while someone hammers the hostile ones.
 */
export async function measureRenderBudget(postsDir: string, normalSlugs: string[], port: number, seconds: number, rounds: number): Promise<RenderBudget> {
  const hostileDir = path.join(postsDir, 'bench-hostile');
  if (!existsSync(postsDir)) throw new Error(`${postsDir} does not exist`);
  let hostileSlugs = writeHostile(hostileDir, 0);
  const server = start(postsDir, port);
  const result: RenderBudget = { unloadedP99: [], loadedP99: [], slowestMs: 0, hostile: { requests: 0, errors: 0, non2xx: 0 }, normalErrors: 0, rssBeforeMb: 0, rssAfterMb: 0, rssPeakMb: 0 };
  try {
    await waitForPage(server, '/', 120_000);
    const normal = normalSlugs.slice(0, 40).map((slug) => `/posts/${encodeURIComponent(slug)}`);
    const others = normalSlugs.slice(40, 80).map((slug) => `/posts/${encodeURIComponent(slug)}`);
    for (const url of normal) await fetch(server.base + url).then((r) => r.text());
    let n = 0;
    let h = 0;
    let o = 0;
    const nextOther = () => others[o++ % others.length] ?? '/';
    const nextNormal = () => normal[n++ % normal.length] ?? '/';
    const nextHostile = () => `/posts/${hostileSlugs[h++ % hostileSlugs.length] ?? ''}`;
    const sampler = setInterval(() => {
      result.rssPeakMb = Math.max(result.rssPeakMb, residentMb(server.child.pid ?? 0));
    }, 500);
    try {
      for (let round = 1; round <= rounds; round += 1) {
        const alone = await runLoad(server.base, nextNormal, 4, seconds);
        result.unloadedP99.push(alone.p99);
        result.normalErrors += alone.errors + alone.non2xx;
        // The same 12 connections, all on normal articles: memory grows with concurrency alone, so
        // growth is counted from the server warm at this load, and the hostile load must add little.
        await Promise.all([runLoad(server.base, nextNormal, 4, seconds), runLoad(server.base, nextOther, 8, seconds)]);
        if (round === 1) result.rssBeforeMb = await idleRss(server.child.pid ?? 0);
        // New versions of every hostile post, so none is remembered as failed yet; with
        // BENCH_BUDGET_FRESH=0 the same versions stay, as when an attacker requests known posts.
        if (process.env.BENCH_BUDGET_FRESH !== '0') hostileSlugs = writeHostile(hostileDir, round);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const [beside, hostile] = await Promise.all([runLoad(server.base, nextNormal, 4, seconds), runLoad(server.base, nextHostile, 8, seconds)]);
        result.loadedP99.push(beside.p99);
        result.normalErrors += beside.errors + beside.non2xx;
        result.slowestMs = Math.max(result.slowestMs, beside.max, hostile.max);
        result.hostile.requests += hostile.requests;
        result.hostile.errors += hostile.errors;
        result.hostile.non2xx += hostile.non2xx;
      }
    } finally {
      clearInterval(sampler);
    }
    result.rssAfterMb = await idleRss(server.child.pid ?? 0);
  } finally {
    await stop(server);
    rmSync(hostileDir, { recursive: true, force: true });
  }
  return result;
}

/**
 * Resident memory after 5 s idle, the median of five reads a second apart (as the soak reads it):
 * an ended render thread's memory is given back over the next moments, not at once.
 */
async function idleRss(pid: number): Promise<number> {
  const reads: number[] = [];
  await new Promise((resolve) => setTimeout(resolve, 5000));
  for (let i = 0; i < 5; i += 1) {
    reads.push(residentMb(pid));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return median(reads) ?? 0;
}

/** Median p99 under load over median p99 alone. */
export function toRatio(budget: RenderBudget): number | undefined {
  const alone = median(budget.unloadedP99);
  const loaded = median(budget.loadedP99);
  return alone && loaded !== undefined ? Number((loaded / alone).toFixed(2)) : undefined;
}
