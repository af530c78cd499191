// Builds and runs the production server for the benchmark: loopback only, stopped by its own process group.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
// The production server (`npm start`): Next plus a per-page script-src (see server/start.mjs).
const SERVER = path.join(ROOT, 'server/start.mjs');
export const DIST_DIR = '.next-bench';

/** `next build` on a posts folder; returns wall milliseconds. A non-default distDir makes Next rewrite tsconfig.json, so it is put back. */
export function build(postsDir: string): number {
  const tsconfig = readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8');
  const started = performance.now();
  const result = spawnSync(process.execPath, [NEXT, 'build'], {
    cwd: ROOT,
    env: { ...process.env, POSTS_DIR: postsDir, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig);
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
  return ms;
}

export type Server = { child: ChildProcess; port: number; base: string; startedAt: number; log: string[] };

export function start(postsDir: string, port: number): Server {
  const child = spawn(process.execPath, [SERVER, '-H', 'localhost', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, POSTS_DIR: postsDir, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: 'https://finews.example.com' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, port, base: `http://127.0.0.1:${port}`, startedAt: performance.now(), log };
}

export async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null || !server.child.pid) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  try {
    process.kill(-server.child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (server.child.pid) process.kill(-server.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** Milliseconds from the spawn until `url` answers 200; throws after `timeoutMs`. */
export async function waitForPage(server: Server, url: string, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.log.join('')}`);
    const status = await fetch(server.base + url, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);
    if (status === 200) return performance.now() - server.startedAt;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** Resident memory of the server and every process under it, in MB. */
export function residentMb(pid: number): number {
  let kb = 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while listing
    }
  }
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() ?? 0;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone
    }
    pending.push(...(children.get(current) ?? []));
  }
  return Math.round(kb / 1024);
}
