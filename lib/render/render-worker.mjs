// @ts-check
// A piscina worker (see lib/render/render-pool.ts): parses and sanitizes one body off the request thread.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { toSanitizedTree } from './render-pipeline.mjs';

// Lowest CPU priority for this thread (Linux nice values are per thread): a body stalling the
// parser then takes only the time the request thread leaves over, instead of half of it.
const LOWEST_PRIORITY = 19;
try {
  // /proc/thread-self links to /proc/<pid>/task/<thread id>.
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), LOWEST_PRIORITY);
} catch {
  // Not Linux: renders share the CPU evenly with requests.
}

/**
 * @param {{ markdown: string; started: Float64Array }} task
 * @returns {import('hast').Root}
 */
export default function render({ markdown, started }) {
  // The pool's time limit counts from here, not from when the task was queued.
  started[0] = Date.now();
  return toSanitizedTree(markdown);
}

/** This thread's nice value, for the pool's test. */
export function priority() {
  try {
    return getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()));
  } catch {
    return undefined;
  }
}
