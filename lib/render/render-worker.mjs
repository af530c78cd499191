// @ts-check
// A piscina worker (see lib/render/render-pool.ts): parses and sanitizes one body off the request thread.
import { getPriority, setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { toSanitizedTree } from './render-pipeline.mjs';
import { currentThreadId, threadCpuMs } from './thread-cpu.mjs';

// The pool's CPU priority for this thread (Linux nice values are per thread; see RENDER_NICE in
// render-pool.ts): a body stalling the parser then takes little of the request thread's time.
const NICE = typeof workerData?.nice === 'number' ? workerData.nice : 10;
const THREAD_ID = currentThreadId();
try {
  if (THREAD_ID !== undefined) setPriority(THREAD_ID, NICE);
} catch {
  // Not allowed here: renders share the CPU evenly with requests.
}

/**
 * `started` is shared with the pool (lib/render/render-pool.ts): [when the render started, this
 * thread's id, its CPU time then]; the start time is written last, as the sign the rest is there.
 * @param {{ markdown: string; started: Float64Array }} task
 * @returns {import('hast').Root}
 */
export default function render({ markdown, started }) {
  // The pool's time limit counts from here, not from when the task was queued.
  started[1] = THREAD_ID ?? -1;
  started[2] = (THREAD_ID !== undefined ? threadCpuMs(THREAD_ID) : undefined) ?? -1;
  started[0] = Date.now();
  return toSanitizedTree(markdown);
}

/** This thread's nice value, for the pool's test. */
export function priority() {
  return THREAD_ID === undefined ? undefined : getPriority(THREAD_ID);
}
