// The soak test's pass criteria (each one a figure, a limit and PASS or FAIL) and its printed figures.
import type { LoadResult } from './load';
import type { Cases, Tally } from './tally';

export type Figures = {
  /** Responses with status >= 500, in every phase. */
  serverErrors: number;
  /** Responses below 500 whose body is an error page. */
  errorPages: number;
  /** Server log lines reporting an error (render errors included). */
  errorLogLines: number;
  /** Soak article responses judged, and those that showed a half-written or mixed-version post. */
  soakJudged: number;
  soakBad: number;
  /** After the run: posts that should be served, and deleted posts; each with how many were wrong. */
  finalLive: number;
  finalLiveWrong: number;
  finalDeleted: number;
  finalDeletedWrong: number;
  rssWarmKb: number;
  rssEndKb: number;
  rssLimitFactor: number;
  /** Requests a second of the same load without and with the writer, and the p99 (ms) with it. */
  rpsWithoutWrites: number;
  rpsWithWrites: number;
  p99WithWrites: number;
};

/** Issue #13: under writes, at least half the throughput of the same load without them. */
export const MIN_THROUGHPUT_UNDER_WRITES = 0.5;
export const MAX_P99_UNDER_WRITES_MS = 500;

export type Check = { name: string; pass: boolean; detail: string };

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MB`;
}

export function toChecks(f: Figures): Check[] {
  const factor = f.rssWarmKb > 0 ? f.rssEndKb / f.rssWarmKb : Number.POSITIVE_INFINITY;
  return [
    { name: 'zero 5xx', pass: f.serverErrors === 0, detail: `${f.serverErrors} responses with status >= 500` },
    {
      name: 'zero failed renders',
      pass: f.errorPages === 0 && f.errorLogLines === 0,
      detail: `${f.errorPages} error pages, ${f.errorLogLines} error lines in the server log`,
    },
    {
      name: 'no half-written post served',
      pass: f.soakBad === 0 && f.soakJudged > 0,
      detail: `${f.soakBad} of ${f.soakJudged} soak article responses showed a half-written or mixed-version post`,
    },
    {
      name: 'final state served',
      pass: f.finalLiveWrong === 0 && f.finalDeletedWrong === 0 && f.finalLive > 0,
      detail:
        `${f.finalLive - f.finalLiveWrong} of ${f.finalLive} existing posts 200 with their final version, ` +
        `${f.finalDeleted - f.finalDeletedWrong} of ${f.finalDeleted} deleted posts 404`,
    },
    {
      name: 'memory',
      pass: factor <= f.rssLimitFactor,
      detail: `RSS ${mb(f.rssWarmKb)} after warm-up, ${mb(f.rssEndKb)} at the end (${factor.toFixed(2)}×, limit ${f.rssLimitFactor}×)`,
    },
    {
      name: 'throughput under writes',
      pass: f.rpsWithoutWrites > 0 && f.rpsWithWrites >= MIN_THROUGHPUT_UNDER_WRITES * f.rpsWithoutWrites,
      detail: `${f.rpsWithWrites.toFixed(0)} req/s with the writer, ${f.rpsWithoutWrites.toFixed(0)} without (${(f.rpsWithWrites / Math.max(1, f.rpsWithoutWrites)).toFixed(2)}×, at least ${MIN_THROUGHPUT_UNDER_WRITES}×)`,
    },
    {
      name: 'latency under writes',
      pass: f.p99WithWrites <= MAX_P99_UNDER_WRITES_MS,
      detail: `p99 ${f.p99WithWrites} ms with the writer (at most ${MAX_P99_UNDER_WRITES_MS} ms)`,
    },
  ];
}

export function formatCheck(check: Check): string {
  return `${check.pass ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`;
}

export function formatLoad(label: string, result: LoadResult, tally: Tally): string {
  const statuses = Object.entries(tally.byStatus).map(([status, n]) => `${status}: ${n}`).join(', ');
  return (
    `${label}: ${result.requests} requests, ${result.rps.toFixed(0)} req/s, latency p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
    `${result.errors} connection errors (${result.timeouts} timeouts); statuses ${statuses}; ${result.undecodable} bodies not judged (cut characters)`
  );
}

/** A count and its first cases, indented; nothing when there were none. */
export function formatCases(title: string, cases: Cases): string[] {
  return cases.count === 0 ? [] : [`  ${title}: ${cases.count}`, ...cases.lines.map((line) => `    ${line}`)];
}
