// @ts-check
// The Cache-Control a shared cache (nginx, a CDN) sees. Next writes `s-maxage=<revalidate>` for a
// cached page, and the server keeps a page for 300 s because it drops it itself on a change; a
// shared cache cannot know of the change, so it is told to ask again after SHARED_CACHE_SECONDS.
import { SHARED_CACHE_SECONDS } from '../lib/freshness.mjs';

/**
 * `value` with any s-maxage longer than SHARED_CACHE_SECONDS cut to it; everything else as it was.
 * @param {string} value
 */
export function toSharedCacheControl(value) {
  return value.replace(/\bs-maxage=(\d+)/i, (whole, seconds) => (Number(seconds) > SHARED_CACHE_SECONDS ? `s-maxage=${SHARED_CACHE_SECONDS}` : whole));
}

/**
 * Makes every Cache-Control `res` is given, by setHeader (how Next sets it, N2 in
 * server/next-internals.mjs) or writeHead, go through toSharedCacheControl.
 * @param {import('node:http').ServerResponse} res
 */
export function limitSharedCaching(res) {
  const setHeader = res.setHeader;
  /** @type {(name: string, value: number | string | readonly string[]) => import('node:http').ServerResponse} */
  const limited = function (name, value) {
    const next = name.toLowerCase() === 'cache-control' && typeof value === 'string' ? toSharedCacheControl(value) : value;
    return setHeader.call(res, name, next);
  };
  res.setHeader = /** @type {typeof res.setHeader} */ (limited);
}
