// The crowd figures of `BENCH_ONLY=crowd npm run bench`: one instance alone against nginx in front
// of the two-instance cluster, on the same cached pages, in alternating rounds so that a change in
// the machine's load hits both; each round once without Accept-Encoding (as the other bench loads)
// and once with `Accept-Encoding: gzip` (as browsers ask). autocannon runs on the same cores.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { percentile } from '../bench/report';
import { startCluster, startInstance } from './cluster';
import { ensureServers } from './install';
import { freePort, stopProcess } from './processes';

export type CrowdTarget = 'instance' | 'nginx';
export type CrowdEncoding = 'identity' | 'gzip';
export type CrowdLoad = { perSecond: number; p50: number; p99: number; errors: number; non2xx: number; bytesPerAnswer: number };
export type CrowdRound = { target: CrowdTarget; encoding: CrowdEncoding; load: CrowdLoad };
export type CrowdResult = { rounds: CrowdRound[]; loadBefore: string; loadAfter: string };
export type CrowdOptions = { postsDir: string; distDir: string; paths: string[]; rounds: number; seconds: number; connections: number; settleMs: number; log: (line: string) => void };

const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

/** `connections` clients for `seconds` on `paths` in turn; latencies recorded per answer. */
async function runCrowdLoad(base: string, paths: string[], encoding: CrowdEncoding, connections: number, seconds: number): Promise<CrowdLoad> {
  const latencies: number[] = [];
  let n = 0;
  const headers: Record<string, string> = encoding === 'gzip' ? { 'accept-encoding': 'gzip' } : {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const setupRequest = (request: autocannon.Request) => ({ ...request, path: paths[(n += 1) % paths.length] ?? '/' });
    const instance = autocannon({ url: base, connections, duration: seconds, headers, requests: [{ method: 'GET', setupRequest }] }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    perSecond: Math.round(result.requests.average),
    p50: percentile(latencies, 50) ?? 0,
    p99: percentile(latencies, 99) ?? 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerAnswer: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  };
}

/** Starts a lone instance (no Redis) and the cluster on one build and posts folder, then alternates load runs on both. */
export async function measureCrowd(options: CrowdOptions): Promise<CrowdResult> {
  ensureServers(options.log);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'finews-crowd-'));
  // nginx's workers (nobody, when started as root) must reach the cluster's folder inside it.
  chmodSync(workDir, 0o755);
  const seconds = 300 + options.rounds * 4 * (options.seconds + 5);
  const alone = await startInstance('lone instance', await freePort(), { postsDir: options.postsDir, distDir: options.distDir, dir: path.join(workDir, 'alone'), seconds }).catch((error: unknown) => {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  });
  try {
    const cluster = await startCluster({ postsDir: options.postsDir, distDir: options.distDir, seconds, workDir: path.join(workDir, 'cluster'), log: options.log });
    try {
      // The search index fills in the background after a start; let it finish before measuring.
      await sleep(options.settleMs);
      const bases: Record<CrowdTarget, string> = { instance: alone.base, nginx: cluster.nginx.base };
      for (const base of Object.values(bases)) {
        for (const url of options.paths) for (const encoding of ['identity', 'gzip']) await fetch(base + url, { headers: { 'accept-encoding': encoding } }).then((response) => response.arrayBuffer());
      }
      const loadBefore = loadAverage();
      const rounds: CrowdRound[] = [];
      for (let round = 1; round <= options.rounds; round += 1) {
        for (const encoding of ['identity', 'gzip'] as const) {
          for (const target of ['instance', 'nginx'] as const) {
            options.log(`crowd round ${round}/${options.rounds}: ${target}, ${encoding}`);
            rounds.push({ target, encoding, load: await runCrowdLoad(bases[target], options.paths, encoding, options.connections, options.seconds) });
          }
        }
      }
      return { rounds, loadBefore, loadAfter: loadAverage() };
    } finally {
      await cluster.stop();
    }
  } finally {
    await stopProcess(alone.proc);
    rmSync(workDir, { recursive: true, force: true });
  }
}
