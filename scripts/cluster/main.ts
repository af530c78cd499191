// `npm run cluster`: nginx in front of two instances that share pages and tag times through Redis,
// on this machine (127.0.0.1 only). Installs nginx and redis-server from Debian when missing, builds
// into NEXT_DIST_DIR (default .next-cluster) unless a build is there, serves POSTS_DIR (default
// posts/), and stops everything after CLUSTER_SECONDS (default 600) or on Ctrl-C.
import path from 'node:path';
import { ROOT, ensureBuild, startCluster, type Cluster } from './cluster';
import { ensureServers } from './install';
import { childPids } from './processes';

const seconds = Number(process.env.CLUSTER_SECONDS ?? 600);
if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`CLUSTER_SECONDS=${process.env.CLUSTER_SECONDS} is not a positive number`);
const distDir = process.env.NEXT_DIST_DIR || '.next-cluster';
const postsDir = path.resolve(ROOT, process.env.POSTS_DIR || 'posts');
const log = (line: string) => console.log(`cluster: ${line}`);

let cluster: Cluster | undefined;
let stopping: Promise<void> | undefined;

function stop(reason: string, code: number): void {
  stopping ??= (async () => {
    log(`${reason}: stopping`);
    await cluster?.stop();
    process.exit(code);
  })();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal, 130));

try {
  ensureServers(log);
  ensureBuild(distDir, log);
  // Every process stops itself a little after this script would have stopped it.
  cluster = await startCluster({ postsDir, distDir, seconds: seconds + 30, log });
  log(`posts folder: ${postsDir}`);
  log(`readers:      ${cluster.nginx.base}/  (nginx, shared cache; X-Cache-Status says HIT, STALE, UPDATING or MISS)`);
  for (const [index, instance] of cluster.instances.entries()) log(`instance ${index + 1}:   ${instance.base}/  (pid ${childPids(instance.proc.pid)[0] ?? instance.proc.pid})`);
  log(`redis:        ${cluster.redisUrl}`);
  log(`logs:         ${cluster.workDir}`);
  log(`running for ${seconds} s; Ctrl-C stops it sooner`);
  setTimeout(() => stop(`${seconds} s are up`, 0), seconds * 1000);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop('failed', 1);
}
