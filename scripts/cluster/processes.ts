// The cluster's processes: each started under coreutils `timeout` in a process group of its own, so
// it stops itself when its time is up even if whatever started it is gone, and is stopped by that
// group's id, never by name.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopPidGroup } from '../soak/server';

export type Proc = { name: string; child: ChildProcess; pid: number; logFile: string };

/** Runs `command args` for at most `seconds` (then SIGTERM, SIGKILL 5 s later), output appended to `logFile`. */
export function startProcess(name: string, command: string, args: string[], options: { seconds: number; logFile: string; env?: NodeJS.ProcessEnv; cwd?: string }): Proc {
  const out = openSync(options.logFile, 'a');
  const child = spawn('timeout', ['-k', '5', String(Math.ceil(options.seconds)), command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  return { name, child, pid: child.pid, logFile: options.logFile };
}

export function isRunning(proc: Proc): boolean {
  return proc.child.exitCode === null && proc.child.signalCode === null;
}

/** SIGTERM to the process group, SIGKILL after `graceMs` if any of it is left; resolves when it is gone. */
export function stopProcess(proc: Proc, graceMs = 5000): Promise<void> {
  return stopPidGroup(proc.pid, graceMs);
}

/** The pids of `pid`'s children (the program `timeout` runs). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** SIGKILL to the program itself (not its `timeout`), as a crash would end it; resolves when the group is gone. */
export async function killProcess(proc: Proc): Promise<void> {
  for (const pid of childPids(proc.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await stopProcess(proc, 2000);
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
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

/** Waits until `url` answers `status`; throws after `timeoutMs` or when `proc` exits first. */
export async function waitForHttp(url: string, proc: Proc, timeoutMs: number, status = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(proc)) throw new Error(`${proc.name} exited before answering (${proc.logFile}):\n${tail(proc.logFile)}`);
    const got = await fetch(url, { signal: AbortSignal.timeout(5000) })
      .then(async (response) => (await response.arrayBuffer(), response.status))
      .catch(() => 0);
    if (got === status) return;
    await sleep(100);
  }
  throw new Error(`${proc.name}: ${url} did not answer ${status} within ${timeoutMs} ms (${proc.logFile}):\n${tail(proc.logFile)}`);
}

/** The last lines of a log file, for error messages. */
export function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
