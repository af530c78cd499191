// Load runs with autocannon: fixed paths, or a fresh path per request (articles never rendered before).
import autocannon from 'autocannon';
import { percentile } from './report';

export type LoadResult = {
  requests: number;
  perSecond: number;
  errors: number;
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** `connections` clients for `seconds`, each request's path from `nextPath`; latencies are recorded per response. */
export async function runLoad(base: string, nextPath: () => string, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url: base,
      connections,
      duration: seconds,
      requests: [{ method: 'GET' as const, setupRequest: (request: autocannon.Request) => ({ ...request, path: nextPath() }) }],
    };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: percentile(latencies, 50) ?? 0,
    p95: percentile(latencies, 95) ?? 0,
    p99: percentile(latencies, 99) ?? 0,
    max: Math.max(0, ...latencies),
  };
}

/** Latency of each path fetched one after another (no queueing): what one reader waits. */
export async function timeEach(base: string, paths: string[]): Promise<{ p50: number; p95: number; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(base + path);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    if (response.status !== 200) failures += 1;
  }
  return { p50: percentile(latencies, 50) ?? 0, p95: percentile(latencies, 95) ?? 0, failures };
}
