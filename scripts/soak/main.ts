// `npm run soak`: load with live edits (issues #6, #13). Builds the app, serves a throwaway copy of
// the posts, drives 64 connections over every kind of page for SOAK_BASELINE_SECONDS without
// writes, then for SOAK_SECONDS while a writer adds, edits and deletes posts, then checks 5xx,
// render errors, half-written posts, the final state, memory, and throughput and p99 under writes.
// Exit code 0 when every check passes, 1 otherwise.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRng, toErrorLines, type SplitKind } from './lib';
import { runChecker, runLoad, stopLoad, visitAll } from './load';
import { formatCases, formatCheck, formatLoad, toChecks } from './report';
import { discoverPaths, keepFiles, preparePosts } from './setup';
import { createTally, countSoak, mergeTally } from './tally';
import { createPicker, toTargets } from './targets';
import { createSoakWriter, type SoakWriter } from './writer';
import { findFreePort, readTreeRssKb, spawnNext, stopGroup, waitForExit, waitForHttp } from './server';
import { checkFinalState } from './final';

function readNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}=${raw} is not a non-negative number`);
  return value;
}

const config = {
  seconds: readNumber('SOAK_SECONDS', 60),
  warmupSeconds: readNumber('SOAK_WARMUP_SECONDS', 30),
  // The same load and checkers without the writer, for the throughput the writes are held to.
  baselineSeconds: readNumber('SOAK_BASELINE_SECONDS', 30),
  connections: readNumber('SOAK_CONNECTIONS', 64),
  opsPerSecond: readNumber('SOAK_OPS', 10),
  generated: readNumber('SOAK_POSTS', 1000),
  initialSoak: readNumber('SOAK_INITIAL', 30),
  articles: readNumber('SOAK_ARTICLES', 200),
  checkers: readNumber('SOAK_CHECKERS', 4),
  seed: readNumber('SOAK_SEED', 1),
  rssLimit: readNumber('SOAK_RSS_LIMIT', 1.2),
  // On this shared 2-core machine the build alone took 140–290 s while other work ran on it.
  timeoutSeconds: readNumber('SOAK_TIMEOUT_SECONDS', 600 + readNumber('SOAK_SECONDS', 60) + readNumber('SOAK_WARMUP_SECONDS', 30) + readNumber('SOAK_BASELINE_SECONDS', 30)),
  port: readNumber('SOAK_PORT', 0),
  // localhost, not 127.0.0.1: with an IP, Next 16 sends proxy rewrites back to itself over HTTP.
  host: process.env.SOAK_HOST || 'localhost',
  split: process.env.SOAK_SPLIT || 'mixed',
};
// The server and all traffic stay on this machine.
if (!/^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost)$/.test(config.host)) throw new Error(`SOAK_HOST=${config.host} is not a loopback address`);
const splitKinds: SplitKind[] = config.split === 'mixed' ? ['front-matter', 'body'] : config.split === 'body' ? ['body'] : ['front-matter'];

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WORK = path.join(ROOT, '.soak');
const POSTS = path.join(WORK, 'posts');
const DIST = '.next-soak';
// A build with a non-default distDir rewrites these; they are put back as they were.
const REWRITTEN = ['tsconfig.json', 'next-env.d.ts'].map((name) => path.join(ROOT, name));

const started = Date.now();
const log = (line: string) => console.log(`[soak ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const children = new Set<ChildProcess>();
const restoreRewritten = keepFiles(REWRITTEN);
let writer: SoakWriter | undefined;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad();
    await Promise.race([writer?.stop(), sleep(5000)]);
    await Promise.all([...children].map((child) => stopGroup(child)));
    restoreRewritten();
  })();
  return cleaning;
}

async function bail(reason: string, code: number): Promise<never> {
  console.error(`soak: ${reason}`);
  await cleanup();
  process.exit(code);
}

const env = { ...process.env, POSTS_DIR: POSTS, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };

async function build(): Promise<void> {
  // A fresh build every time: the build folder also holds the ISR pages a previous run regenerated.
  rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  log(`building into ${DIST} (log: .soak/build.log)`);
  const child = spawnNext(['build'], env, path.join(WORK, 'build.log'), undefined, true);
  children.add(child);
  const code = await waitForExit(child);
  children.delete(child);
  restoreRewritten();
  if (code !== 0) {
    console.error(readFileSync(path.join(WORK, 'build.log'), 'utf8').split('\n').slice(-40).join('\n'));
    await bail(`build failed with exit code ${code}`, 1);
  }
}

function rssNow(server: ChildProcess): number {
  return server.pid === undefined ? 0 : readTreeRssKb(server.pid).kb;
}

/** RSS once the server has been idle for 5 s: the median of five readings a second apart, so one GC does not decide it. */
async function settledRss(server: ChildProcess): Promise<number> {
  await sleep(5000);
  const readings: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    readings.push(rssNow(server));
    await sleep(1000);
  }
  return readings.sort((a, b) => a - b)[2] ?? 0;
}

async function main(): Promise<number> {
  process.chdir(ROOT);
  log(`config ${JSON.stringify(config)}`);
  log(preparePosts(ROOT, WORK, POSTS, config.generated, config.seed));
  writer = createSoakWriter(POSTS, { opsPerSecond: config.opsPerSecond, splitKinds, random: createRng(config.seed), minLive: 20, maxLive: 60 });
  await writer.seed(config.initialSoak);
  await build();

  const port = config.port || (await findFreePort());
  const origin = `http://${config.host}:${port}`;
  const server = spawnNext(['start', '-H', config.host, '-p', String(port)], env, path.join(WORK, 'server.out.log'), path.join(WORK, 'server.err.log'));
  children.add(server);
  await waitForHttp(`${origin}/`, 90_000, server);
  log(`server up at ${origin} (pid ${server.pid})`);

  const posts = writer.posts;
  const findPost = (id: number) => posts.get(id);
  const rng = createRng(config.seed + 1);
  const targets = toTargets(await discoverPaths(origin), config.articles, rng);
  const soakIds = () => [...posts.keys()];
  const pick = createPicker(targets, rng, () => {
    const ids = soakIds();
    const id = ids[Math.floor(rng() * ids.length)];
    return id === undefined ? undefined : `/posts/soak-${id}`;
  });
  log(`targets: ${Object.entries(targets).map(([kind, list]) => `${kind} ${list.length}`).join(', ')}`);

  // Warm-up: every URL of the rotation once (so caches hold what the run will ask for), then the run's load without the writer.
  const warm = createTally();
  const rotation = [...Object.values(targets).flat(), ...soakIds().map((id) => `/posts/soak-${id}`)];
  const odd = await visitAll(origin, rotation, warm, findPost);
  log(`warm-up: visited ${rotation.length} URLs; not 200: ${odd.length} ${odd.slice(0, 5).join(', ')}`);
  if (config.warmupSeconds > 0) {
    const result = await runLoad({ origin, seconds: config.warmupSeconds, connections: config.connections, pick, tally: warm, findPost });
    log(formatLoad(`warm-up load (${config.warmupSeconds} s)`, result, warm));
  }
  const rssWarmKb = await settledRss(server);
  log(`RSS after warm-up: ${(rssWarmKb / 1024).toFixed(0)} MB (pids ${server.pid === undefined ? '' : readTreeRssKb(server.pid).pids.join(' ')})`);

  // Baseline: the run's load and checkers, without the writer.
  const baselineTally = createTally();
  let baselineDone = false;
  const baselineChecker = runChecker(origin, posts, baselineTally, config.checkers, () => baselineDone);
  const baseline = await runLoad({ origin, seconds: Math.max(1, config.baselineSeconds), connections: config.connections, pick, tally: baselineTally, findPost });
  baselineDone = true;
  await baselineChecker;
  log(formatLoad(`baseline, no writes (${config.baselineSeconds} s, ${config.connections} connections)`, baseline, baselineTally));

  // The run: load, writer and checker together.
  const load = createTally();
  const checked = createTally();
  const rssSamples: number[] = [];
  const sampler = setInterval(() => rssSamples.push(rssNow(server)), 1000);
  let done = false;
  writer.start();
  const checker = runChecker(origin, posts, checked, config.checkers, () => done);
  const result = await runLoad({ origin, seconds: config.seconds, connections: config.connections, pick, tally: load, findPost });
  done = true;
  await writer.stop();
  await checker;
  clearInterval(sampler);
  log(formatLoad(`load (${config.seconds} s, ${config.connections} connections)`, result, load));
  const stats = writer.stats;
  log(`writer: ${stats.adds} adds, ${stats.edits} edits, ${stats.deletes} deletes; in place ${stats.inPlace['front-matter']} (cut in front matter) + ` +
    `${stats.inPlace.body} (cut in body), by rename ${stats.renamed}; ${stats.errors.length} errors ${stats.errors.slice(0, 3).join('; ')}`);
  log(`checker: ${checked.responses} reads, statuses ${JSON.stringify(checked.byStatus)}`);

  await sleep(3000);
  const final = await checkFinalState(origin, posts);
  const rssEndKb = await settledRss(server);

  const errorLog = ['server.err.log', 'server.out.log'].map((name) => readFileSync(path.join(WORK, name), 'utf8')).join('\n');
  const errorLines = toErrorLines(errorLog, path.relative(ROOT, POSTS));
  const all = createTally();
  for (const tally of [warm, baselineTally, load, checked]) mergeTally(all, tally);
  const soakJudged = countSoak(load) + countSoak(checked);

  const mb = (kb: number) => (kb / 1024).toFixed(0);
  all.badBodies.forEach((body, i) => writeFileSync(path.join(WORK, `bad-${i + 1}.html`), body));
  const lines = [
    '',
    'figures',
    `  requests (load): ${result.requests}, ${result.rps.toFixed(0)} req/s, latency p50 ${result.p50} ms, p99 ${result.p99} ms`,
    `  requests (baseline, no writes): ${baseline.requests}, ${baseline.rps.toFixed(0)} req/s, latency p50 ${baseline.p50} ms, p99 ${baseline.p99} ms`,
    `  5xx: ${all.serverErrors.count} (warm-up ${warm.serverErrors.count}, baseline ${baselineTally.serverErrors.count}, load ${load.serverErrors.count}, checker ${checked.serverErrors.count}, final ${final.tally.serverErrors.count})`,
    `  soak article responses judged: ${soakJudged} (load ${countSoak(load)}, checker ${countSoak(checked)}): ${JSON.stringify(all.soak)}`,
    `  RSS (idle 5 s, median of 5): ${mb(rssWarmKb)} MB after warm-up, peak ${mb(Math.max(rssWarmKb, ...rssSamples))} MB, ${mb(rssEndKb)} MB at the end`,
    `  RSS every 5 s of the run (MB): ${rssSamples.filter((_, i) => i % 5 === 4).map(mb).join(' ')}`,
    ...(server.exitCode !== null || server.signalCode !== null ? [`  the server exited before the end (${server.exitCode ?? server.signalCode}): see .soak/server.err.log`] : []),
    ...formatCases('5xx', all.serverErrors),
    ...formatCases('no answer (checker and warm-up fetches)', all.noAnswer),
    ...formatCases('error pages', all.errorPages),
    ...formatCases('half-written or mixed-version soak articles', all.badSoak),
    ...(all.badBodies.length > 0 ? [`    (bodies of the first ${all.badBodies.length}: .soak/bad-N.html)`] : []),
    ...formatCases('diagnostic: 404 for a soak post complete for over 2 s', all.missingLive),
    ...formatCases('diagnostic: 200 for a soak post deleted over 2 s earlier', all.servedDeleted),
    ...formatCases('final state wrong', final.wrong),
    ...formatCases('error lines in the server log', { count: errorLines.length, lines: errorLines.slice(0, 20) }),
  ];
  for (const line of lines) console.log(line);

  const checks = toChecks({
    serverErrors: all.serverErrors.count + final.tally.serverErrors.count,
    errorPages: all.errorPages.count + final.tally.errorPages.count,
    errorLogLines: errorLines.length,
    soakJudged,
    soakBad: all.badSoak.count,
    finalLive: final.live,
    finalLiveWrong: final.liveWrong,
    finalDeleted: final.deleted,
    finalDeletedWrong: final.deletedWrong,
    rssWarmKb,
    rssEndKb,
    rssLimitFactor: config.rssLimit,
    rpsWithoutWrites: baseline.rps,
    rpsWithWrites: result.rps,
    p99WithWrites: result.p99,
  });
  console.log('');
  for (const check of checks) console.log(formatCheck(check));
  const pass = checks.every((check) => check.pass);
  console.log(pass ? 'soak: PASS' : 'soak: FAIL');
  return pass ? 0 : 1;
}

const hardTimeout = setTimeout(() => void bail(`hard timeout after ${config.timeoutSeconds} s`, 1), config.timeoutSeconds * 1000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void bail(`stopped by ${signal}`, 1));

main()
  .then(async (code) => {
    await cleanup();
    clearTimeout(hardTimeout);
    process.exit(code);
  })
  .catch(async (error: unknown) => bail(error instanceof Error ? (error.stack ?? error.message) : String(error), 1));
