// Starts and stops a local cluster: redis-server, two app instances sharing pages and tag times
// through it, and nginx in front (deploy/nginx.conf). Used by `npm run cluster`, the cluster test
// (scripts/cluster/cluster.e2e.ts) and the crowd bench (BENCH_ONLY=crowd). Everything listens on
// 127.0.0.1 and stops itself after `seconds`.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { NGINX, REDIS_SERVER } from './install';
import { freePort, isRunning, killProcess, startProcess, stopProcess, tail, waitForHttp, type Proc } from './processes';

export const ROOT = path.join(import.meta.dirname, '..', '..');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
const START_TIMEOUT_MS = 120_000;

export type Instance = { port: number; base: string; proc: Proc };
export type Cluster = {
  workDir: string;
  redisUrl: string;
  nginx: { port: number; base: string; proc: Proc };
  instances: Instance[];
  /** SIGKILL to instance `index`, as a crash would end it. */
  kill: (index: number) => Promise<void>;
  /** Starts instance `index` again on its port and waits until it serves. */
  restart: (index: number) => Promise<Instance>;
  stop: () => Promise<void>;
};

export type ClusterOptions = {
  postsDir: string;
  /** The build to serve, as NEXT_DIST_DIR (relative to the project). */
  distDir: string;
  /** Every process stops itself after this long. */
  seconds: number;
  /** Where logs, nginx's cache and Redis's folder go; a new temporary folder by default. */
  workDir?: string;
  log?: (line: string) => void;
};

/** `next build` into `distDir` unless it holds a build (or `fresh`); the files a non-default distDir rewrites are put back. */
export function ensureBuild(distDir: string, log: (line: string) => void = console.log, fresh = false): void {
  if (fresh) rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  if (existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) return;
  log(`building into ${distDir} (a few minutes)`);
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((name) => path.join(ROOT, name)).filter(existsSync).map((file) => [file, readFileSync(file)] as const);
  const result = spawnSync(process.execPath, [NEXT, 'build'], { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  for (const [file, text] of kept) writeFileSync(file, text);
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
}

/** deploy/nginx.conf with its ${FINEWS_*} names filled in; throws if one is left. */
export function renderNginxConfig(values: Record<string, string>): string {
  const text = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8').replace(/\$\{(FINEWS_[A-Z0-9_]+)\}/g, (whole, name: string) => values[name] ?? whole);
  const left = /\$\{FINEWS_[A-Z0-9_]+\}/.exec(text);
  if (left) throw new Error(`deploy/nginx.conf: no value for ${left[0]}`);
  return text;
}

/** A catch handler: stops `proc` (which did not come up), then rethrows. */
function stopAndThrow(proc: Proc): (error: unknown) => Promise<never> {
  return async (error) => {
    await stopProcess(proc);
    throw error;
  };
}

/** Resolves once Redis on `port` answers PING. */
async function waitForRedis(port: number, proc: Proc, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(proc)) throw new Error(`redis-server exited:\n${tail(proc.logFile)}`);
    const pong = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.setTimeout(1000, () => socket.destroy());
      socket.once('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('+PONG'))));
      socket.once('error', () => resolve(false));
      socket.once('close', () => resolve(false));
    });
    if (pong) return;
    await sleep(100);
  }
  throw new Error(`redis-server did not answer within ${timeoutMs} ms:\n${tail(proc.logFile)}`);
}

/** Starts redis-server on `port` (a free one by default), without persistence, in `dir`. */
export async function startRedis(dir: string, seconds: number, port?: number): Promise<{ port: number; url: string; proc: Proc }> {
  mkdirSync(dir, { recursive: true });
  port ??= await freePort();
  const args = ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory', '256mb'];
  // volatile-lru: under memory pressure only pages (which have a TTL) go, never the tag times (server/redis-tag-clock.mjs).
  args.push('--maxmemory-policy', 'volatile-lru');
  const proc = startProcess('redis-server', REDIS_SERVER, args, { seconds, logFile: path.join(dir, 'redis.log') });
  await waitForRedis(port, proc, 10_000).catch(stopAndThrow(proc));
  return { port, url: `redis://127.0.0.1:${port}`, proc };
}

/** Starts nginx from deploy/nginx.conf in `dir`, in front of `upstreams` (host:port). */
export async function startNginx(dir: string, upstreams: string[], seconds: number): Promise<{ port: number; base: string; proc: Proc }> {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const port = await freePort();
  const [first = '', second = first] = upstreams;
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, renderNginxConfig({ FINEWS_NGINX_DIR: dir, FINEWS_NGINX_LISTEN: `127.0.0.1:${port}`, FINEWS_INSTANCE_1: first, FINEWS_INSTANCE_2: second }));
  const args = ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', conf, '-g', 'daemon off;'];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const proc = startProcess('nginx', NGINX, args, { seconds, logFile: path.join(dir, 'nginx.out.log') });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/robots.txt`, proc, START_TIMEOUT_MS).catch(stopAndThrow(proc));
  return { port, base, proc };
}

/**
 * Starts `node server/start.mjs` on `port` with the posts folder and, when `redisUrl` is given,
 * the shared cache; waits until its home page answers.
 */
export async function startInstance(name: string, port: number, options: { postsDir: string; distDir: string; redisUrl?: string | undefined; dir: string; seconds: number }): Promise<Instance> {
  mkdirSync(options.dir, { recursive: true });
  const { REDIS_URL: _inherited, ...inherited } = process.env;
  const env = {
    ...inherited,
    NODE_ENV: 'production' as const,
    POSTS_DIR: options.postsDir,
    NEXT_DIST_DIR: options.distDir,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    NEXT_TELEMETRY_DISABLED: '1',
    // Each instance saves its index on its own: two writers of one file would race.
    INDEX_CACHE_DIR: path.join(options.dir, 'index-cache'),
  };
  // -H localhost, not 127.0.0.1: see N3 in server/next-internals.mjs.
  const proc = startProcess(name, process.execPath, [path.join(ROOT, 'server/start.mjs'), '-H', 'localhost', '-p', String(port)], {
    seconds: options.seconds,
    logFile: path.join(options.dir, 'server.log'),
    env,
    cwd: ROOT,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/`, proc, START_TIMEOUT_MS).catch(stopAndThrow(proc));
  return { port, base, proc };
}

/** Redis, two instances and nginx, in that order; on a failure whatever started is stopped. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? ((line: string) => console.log(`cluster: ${line}`));
  const workDir = options.workDir ?? mkdtempSync(path.join(os.tmpdir(), 'finews-cluster-'));
  // nginx's workers (nobody, when started as root) must reach their cache folder inside it (and its parents).
  mkdirSync(workDir, { recursive: true });
  chmodSync(workDir, 0o755);
  const deadline = Date.now() + options.seconds * 1000;
  const secondsLeft = () => Math.max(1, (deadline - Date.now()) / 1000);
  const started: Proc[] = [];
  try {
    const redis = await startRedis(path.join(workDir, 'redis'), secondsLeft());
    started.push(redis.proc);
    log(`redis ${redis.url}`);
    const ports = [await freePort()];
    while (ports.length < 2) {
      const port = await freePort();
      if (!ports.includes(port) && port !== redis.port) ports.push(port);
    }
    const instanceOptions = (index: number) => ({ postsDir: options.postsDir, distDir: options.distDir, redisUrl: redis.url, dir: path.join(workDir, `instance-${index + 1}`), seconds: secondsLeft() });
    const startOne = (index: number) => startInstance(`instance ${index + 1}`, ports[index] ?? 0, instanceOptions(index));
    const results = await Promise.allSettled(ports.map((_, index) => startOne(index)));
    const instances = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    started.push(...instances.map((instance) => instance.proc));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    log(`instances ${instances.map((instance) => instance.base).join(' ')}`);
    const nginx = await startNginx(path.join(workDir, 'nginx'), ports.map((port) => `127.0.0.1:${port}`), secondsLeft());
    started.push(nginx.proc);
    log(`nginx ${nginx.base}`);
    const at = (index: number) => {
      const instance = instances[index];
      if (!instance) throw new Error(`no instance ${index}`);
      return instance;
    };
    return {
      workDir,
      redisUrl: redis.url,
      nginx,
      instances,
      kill: (index) => killProcess(at(index).proc),
      restart: async (index) => {
        await stopProcess(at(index).proc);
        const instance = await startOne(index);
        instances[index] = instance;
        return instance;
      },
      stop: async () => {
        await Promise.all([nginx.proc, ...instances.map((instance) => instance.proc), redis.proc].map((proc) => stopProcess(proc)));
      },
    };
  } catch (error) {
    await Promise.all(started.map((proc) => stopProcess(proc)));
    throw error;
  }
}
