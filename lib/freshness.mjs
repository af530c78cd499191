// @ts-check
// How soon a change to the posts folder reaches readers, in one place. The index (lib/content/)
// takes its timings from here; the page cache (server/next-cache-handler.mjs) asks the tag clock
// whether a cached page is older than the last change that touched it (lib/publish/invalidation.ts
// says which pages a change touches).
import { processWide } from './process-wide.mjs';

/**
 * How long a cached page may be served before it is made again in the background. A change to
 * the posts folder drops the pages it touches at once (lib/publish/invalidation.ts), so this is
 * only a safety net; with one second, every page in a busy rotation was made again every second,
 * and the soak's 64 readers got 58 answers a second. Next reads each route's
 * `export const revalidate = 300` as a literal at build time, so the routes repeat the number;
 * lib/freshness.test.ts fails if one of them differs from this.
 */
export const REVALIDATE_SECONDS = 300;

/**
 * How long a shared cache in front (nginx, see deploy/) may serve a page before asking this
 * server again: server/start.mjs puts it in every answer's `s-maxage`, so a publish shows through
 * the shared cache within about a second, while the server itself keeps the page until a change.
 */
export const SHARED_CACHE_SECONDS = 1;

/** Sitemaps are read by crawlers, not readers, and cost a walk of the whole index: a minute late is fine. */
export const SITEMAP_REVALIDATE_SECONDS = 60;

/**
 * Every page is made on its first request and then cached: the build reads no posts (the page
 * cache never serves build-time pages), so no route lists params to build ahead.
 * @returns {never[]}
 */
export function noStaticParams() {
  return [];
}

/** Watch events closer together than this are applied as one change. */
export const CHANGE_SETTLE_MS = 20;

/** A file written less than this long ago is read again once it has been still that long. */
export const WRITE_SETTLE_MS = 300;

/** The whole folder is rescanned this often, in case the watcher missed something. */
export const RESCAN_INTERVAL_MS = 60_000;

/** How often a missing posts folder is looked for: nothing inside it can report its return. */
export const ROOT_POLL_MS = 300;

/** Background work (scans, search indexing) yields to requests after running this long. */
export const SLICE_MS = 8;

/** @typedef {{ allAt: number, tagAt: Map<string, number> }} TagClock */

// One entry per tag ever invalidated: bounded by the archive's posts and lists, a few MB at 100,000 posts.
/** @returns {TagClock} */
function clock() {
  return processWide('tag-clock', () => ({ allAt: 0, tagAt: new Map() }));
}

/** @typedef {(tags: string[] | 'all', at: number) => void} InvalidationListener */

/** @returns {Set<InvalidationListener>} */
function listeners() {
  return processWide('tag-clock-listeners', () => new Set());
}

/**
 * Calls `listener` with every invalidation this process records: the page cache passes them on to
 * the other instances (server/redis-tag-clock.mjs). The listener must not throw. Returns its removal.
 * @param {InvalidationListener} listener
 */
export function onInvalidation(listener) {
  listeners().add(listener);
  return () => void listeners().delete(listener);
}

/**
 * Records that the pages carrying any of `tags` (lib/publish/page-tags.mjs), or every page, changed
 * at `at`: cached pages made before then are made again on their next request.
 * @param {string[] | 'all'} tags
 * @param {number} [at]
 */
export function recordInvalidation(tags, at = Date.now()) {
  for (const listener of listeners()) listener(tags, at);
  const state = clock();
  if (tags === 'all') {
    state.allAt = Math.max(state.allAt, at);
    return;
  }
  for (const tag of tags) state.tagAt.set(tag, Math.max(state.tagAt.get(tag) ?? 0, at));
}

/**
 * Whether a page carrying `tags`, whose render was asked for at `madeAt`, is older than a change that
 * touched it. A change in the same millisecond counts: the render may have read the index before it.
 * @param {string[]} tags
 * @param {number} madeAt
 */
export function isStale(tags, madeAt) {
  const state = clock();
  if (madeAt <= state.allAt) return true;
  return tags.some((tag) => madeAt <= (state.tagAt.get(tag) ?? 0));
}
