import type { Root } from 'hast';
import { AsyncResource } from 'node:async_hooks';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { threadCpuMs } from './thread-cpu.mjs';

/** What became of one body: its tree, or why it will not render (until its file changes). */
export type RenderOutcome = { tree: Root } | { failure: string };

export type RenderPoolOptions = {
  /** The worker module (lib/render/render-worker.mjs), as a path or file URL. */
  filename: string;
  /** Longest a body may take to render once it has started. */
  budgetMs: number;
  threads?: number;
  /** Heap of each worker: a body that needs more fails instead of swelling the server. */
  heapMb?: number;
  /**
   * The workers' nice value, RENDER_NICE unless given. Unit tests run them at 0: beside other
   * test files busy on every core, a thread at 19 gets about 1.5% of one and times out.
   */
  nice?: number;
};

// Long enough for the longest real post many times over: real posts render in 10–50 ms, and a
// 2,000-paragraph one in about 1.2 s here.
export const RENDER_BUDGET_MS = 4000;

// A lower CPU priority than requests: a body stalling the parser takes little of the time requests
// need. Not the lowest (19): under the soak's load, a thread at 19 got so little of the CPU that
// ordinary articles waited seconds for it (p99 7.9 s) and were shown as their excerpt for now.
export const RENDER_NICE = 10;

// A render that has had its budget of CPU, or this many budgets of wall time, is ended.
const WALL_LIMIT = 4;

// Renders waiting beyond this many are not queued: the reader gets the excerpt for now.
const MAX_QUEUE = 256;

/** What each worker is started with (read by lib/render/render-worker.mjs). */
export function toWorkerData(options: Pick<RenderPoolOptions, 'nice'>): { nice: number } {
  return { nice: options.nice ?? RENDER_NICE };
}

/**
 * Renders bodies in worker threads, each under a budget of the CPU time its render uses, so
 * neither a queue behind a slow body nor a busy machine counts against an ordinary one. A render
 * over its budget has its thread ended (piscina replaces it); the request thread never parses a body.
 */
export function createRenderPool(options: RenderPoolOptions) {
  // Work handed to the pool runs in the async context the pool was created in (the server's boot,
  // see lib/store.ts), not the request's: a queued task, a respawned thread's port and the
  // promises chained on a render otherwise each hold a whole request's state (its response, its
  // React tree) for as long as the queue runs, which under a hostile loop was 50-90 MB.
  const scope = new AsyncResource('finews.render-pool');
  const pool = new Piscina({
    filename: options.filename,
    maxThreads: options.threads ?? Math.max(1, availableParallelism() - 1),
    minThreads: 1,
    idleTimeout: 60_000,
    maxQueue: MAX_QUEUE,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 128, maxYoungGenerationSizeMb: 16 },
    workerData: toWorkerData(options),
  });

  // When each render now running started (its worker writes the time in on starting).
  const running = new Set<Float64Array>();

  /** How long the render in `started` has run: its thread's CPU time where Linux tells it, else wall time. */
  function usedMs(started: Float64Array): number {
    const [at = 0, threadId = -1, cpuAtStart = -1] = started;
    const cpu = threadId >= 0 && cpuAtStart >= 0 ? threadCpuMs(threadId) : undefined;
    return cpu !== undefined ? cpu - cpuAtStart : Date.now() - at;
  }

  async function render(markdown: string): Promise<RenderOutcome> {
    // [start time, thread id, thread CPU ms at start], written by the worker (lib/render/render-worker.mjs).
    const started = new Float64Array(new SharedArrayBuffer(3 * Float64Array.BYTES_PER_ELEMENT));
    running.add(started);
    const controller = new AbortController();
    let overBudget = false;
    let timer: NodeJS.Timeout | undefined;
    const watch = () => {
      const at = started[0] ?? 0;
      // A render starved of CPU for WALL_LIMIT budgets ends too: the thread is needed.
      if (at > 0 && (usedMs(started) >= options.budgetMs || Date.now() - at >= options.budgetMs * WALL_LIMIT)) {
        overBudget = true;
        controller.abort();
        return;
      }
      // Until the render starts, look again soon; once it has, every quarter second or so.
      timer = setTimeout(watch, Math.min(at > 0 ? 250 : 100, options.budgetMs));
      timer.unref();
    };
    watch();
    try {
      return { tree: (await pool.run({ markdown, started }, { signal: controller.signal })) as Root };
    } catch (error) {
      if (overBudget) return { failure: `body took over ${formatSeconds(options.budgetMs)} to render` };
      const message = error instanceof Error ? error.message : String(error);
      return { failure: /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(message) ? 'body needs too much memory to render' : message };
    } finally {
      clearTimeout(timer);
      running.delete(started);
    }
  }

  return {
    /** Undefined when the queue is full: the caller shows what it can and tries again later. */
    render(markdown: string): Promise<RenderOutcome> | undefined {
      return pool.queueSize >= MAX_QUEUE ? undefined : scope.runInAsyncScope(() => render(markdown));
    },
    /** Runs `start` outside the calling request's context: for promises that outlive the request. */
    detached<T>(start: () => T): T {
      return scope.runInAsyncScope(start);
    },
    /** How long the longest render now running has run: a slow body holding up the queue shows here. */
    longestRunningMs(): number {
      const now = Date.now();
      let longest = 0;
      for (const started of running) if ((started[0] ?? 0) > 0) longest = Math.max(longest, now - (started[0] ?? 0));
      return longest;
    },
    close(): Promise<void> {
      return pool.destroy();
    },
  };
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en')} s`;
}

export type RenderPool = ReturnType<typeof createRenderPool>;
