// Traffic of the soak test: autocannon over a rotation of URLs, and a checker loop that reads soak articles.
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordResponse, type Tally } from './tally';
import type { SoakPost } from './writer';

export type LoadOptions = {
  origin: string;
  seconds: number;
  connections: number;
  pick: () => string;
  tally: Tally;
  findPost: (id: number) => SoakPost | undefined;
};

export type LoadResult = { requests: number; rps: number; p50: number; p99: number; errors: number; timeouts: number; undecodable: number };

let running: autocannon.Instance | undefined;

/** Runs autocannon for `seconds`, recording every response in the tally. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const sent = new WeakMap<object, { path: string; at: number }>();
  let undecodable = 0;
  return new Promise((resolve, reject) => {
    running = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            setupRequest: (request, context) => {
              const path = options.pick();
              sent.set(context, { path, at: Date.now() });
              return { ...request, path };
            },
            onResponse: (status, body, context) => {
              // autocannon joins body chunks as strings, which can cut a character in two: such a soak article is not judged.
              const whole = !body.includes('\uFFFD');
              if (!whole) undecodable += 1;
              const request = sent.get(context);
              recordResponse(options.tally, request?.path ?? '?', status, body, whole ? options.findPost : () => undefined, request?.at);
            },
          },
        ],
      },
      (error: unknown, result) => {
        running = undefined;
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({
          requests: result.requests.total,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors,
          timeouts: result.timeouts,
          undecodable,
        });
      },
    );
  });
}

export function stopLoad(): void {
  running?.stop();
}

/** GETs `path` and records it; status 0 when no answer came within `timeoutMs`. */
export async function fetchAndRecord(origin: string, path: string, tally: Tally, findPost: (id: number) => SoakPost | undefined, timeoutMs = 15_000) {
  const sentAt = Date.now();
  const answer = await fetch(origin + path, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    .then(async (res) => ({ status: res.status, body: await res.text() }))
    .catch(() => ({ status: 0, body: '' }));
  const verdict = recordResponse(tally, path, answer.status, answer.body, findPost, sentAt);
  return { ...answer, verdict };
}

/**
 * Reads soak articles in `workers` loops until `isDone()`: half of the reads go to posts being
 * written at that moment, the rest to any post the writer made, deleted ones included.
 */
export async function runChecker(origin: string, posts: Map<number, SoakPost>, tally: Tally, workers: number, isDone: () => boolean) {
  const loop = async () => {
    while (!isDone()) {
      const all = [...posts.values()];
      const writing = all.filter((post) => post.writing !== undefined);
      const pool = writing.length > 0 && Math.random() < 0.5 ? writing : all;
      const post = pool[Math.floor(Math.random() * pool.length)];
      if (!post) {
        await sleep(50);
        continue;
      }
      await fetchAndRecord(origin, `/posts/soak-${post.id}`, tally, (id) => posts.get(id));
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
}

/** GETs every path once, `workers` at a time; returns how many were not 200. */
export async function visitAll(origin: string, paths: string[], tally: Tally, findPost: (id: number) => SoakPost | undefined, workers = 8) {
  const queue = [...paths];
  const odd: string[] = [];
  const loop = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const { status } = await fetchAndRecord(origin, path, tally, findPost, 60_000);
      if (status !== 200) odd.push(`${status} ${path}`);
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  return odd;
}
