// @ts-check
// How soon a change to the posts folder reaches readers, in one place. The index (lib/content/)
// takes its timings from here; the page cache (server/next-cache-handler.mjs) asks the publish clock
// whether a cached page is older than the folder's last change.
import { processWide } from './process-wide.mjs';

/**
 * How long a cached page may be served before it is made again. Next reads each route's
 * `export const revalidate = 1` as a literal at build time, so the routes repeat the number;
 * lib/freshness.test.ts fails if one of them differs from this.
 */
export const REVALIDATE_SECONDS = 1;

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

/** @typedef {{ staleBefore: (now: number) => number }} PublishClock */

/** @returns {PublishClock} */
function clock() {
  return processWide('publish-clock', () => ({ staleBefore: () => 0 }));
}

/**
 * Records that the index published a new version of the folder now. Pages made before now are
 * stale, and so are pages made before the newest of `dates` (post dates, newest first) that
 * has come due: a future-dated post appears the moment its time comes.
 * @param {{ date: number }[]} posts
 */
export function recordPublish(posts) {
  const publishedAt = Date.now();
  clock().staleBefore = (now) => {
    const newest = posts.find((post) => post.date <= now);
    return Math.max(publishedAt, newest ? newest.date : 0);
  };
}

/**
 * Whether a page made at `madeAt` must be made again: the folder changed, or a post came due, since.
 * @param {number} madeAt
 * @param {number} [now]
 */
export function isStale(madeAt, now = Date.now()) {
  return madeAt < clock().staleBefore(now);
}
