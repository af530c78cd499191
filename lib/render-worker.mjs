// @ts-check
// A piscina worker (see lib/render-pool.ts): parses and sanitizes one body off the request thread.
import { toSanitizedTree } from './render-pipeline.mjs';

/**
 * @param {{ markdown: string; started: Float64Array }} task
 * @returns {import('hast').Root}
 */
export default function render({ markdown, started }) {
  // The pool's time limit counts from here, not from when the task was queued.
  started[0] = Date.now();
  return toSanitizedTree(markdown);
}
