// Processes of the soak test: the build and `next start`, each in its own process group so the
// whole tree (next start may fork a server child) stops together; and their resident memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { parsePpid, parseVmRssKb } from './lib';

const NEXT_BIN = 'node_modules/next/dist/bin/next';

/** Starts `node next <args>` in a new process group with its output in `logFile`. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv, logFile: string, errFile = logFile, nice = false): ChildProcess {
  const out = openSync(logFile, 'a');
  const err = errFile === logFile ? out : openSync(errFile, 'a');
  const [command, argv] = nice ? ['nice', ['-n', '10', process.execPath, NEXT_BIN, ...args]] : [process.execPath, [NEXT_BIN, ...args]];
  return spawn(command, argv, { env, detached: true, stdio: ['ignore', out, err] });
}

export function waitForExit(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(1);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

/** SIGTERM to the child's process group, SIGKILL after `graceMs` if any of it is still there. */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.pid !== undefined) await stopPidGroup(child.pid, graceMs);
}

/** SIGTERM to process group `pid`, SIGKILL after `graceMs` if any of it is left; resolves when it is gone. */
export async function stopPidGroup(pid: number, graceMs = 5000): Promise<void> {
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false;
    }
  };
  if (!signal('SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await sleep(50);
    if (!signal(0)) return;
  }
  signal('SIGKILL');
}

/** A free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers 200, or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering`);
    const status = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      .then((res) => res.arrayBuffer().then(() => res.status))
      .catch(() => 0);
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Sum of VmRSS (KiB) of `pid` and all its descendants, found through the parent pids in /proc. */
export function readTreeRssKb(pid: number): { kb: number; pids: number[] } {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parsePpid(readProc(Number(name), 'stat') ?? '');
    if (ppid === undefined) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const pids: number[] = [];
  const queue = [pid];
  let kb = 0;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const rss = parseVmRssKb(readProc(next, 'status') ?? '');
    if (rss === undefined) continue;
    pids.push(next);
    kb += rss;
    queue.push(...(children.get(next) ?? []));
  }
  return { kb, pids };
}
