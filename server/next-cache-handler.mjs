// @ts-check
// The ISR cache, Next's `cacheHandler` (next.config.mjs): pages in memory, least recently used
// dropped first. Each page carries tags named from its path (lib/publish/page-tags.mjs); a change
// to the posts folder invalidates the tags of the pages it touched (lib/freshness.mjs), and this
// cache then drops only those, so the first reader after a publish, an edit or a deletion gets
// the new page while every other page stays cached.
// With REDIS_URL, instances also share pages and tag times through Redis (server/redis-*.mjs): the
// memory here stays in front, and a page counts as stale after a change to one of its tags that
// any instance recorded. While Redis does not answer, this is the memory-only cache it is without.
// (Not @fortedigital/nextjs-cache-handler: it keeps tag times only for Next's revalidateTag(),
// compares them with `>` where a change in the render's own millisecond must count, and scans
// every key's tags on each invalidation; our tags come from the key and change with each publish.)
// How Next calls it, and what it hands over, is assumption N5 in server/next-internals.mjs.
import { isStale } from '../lib/freshness.mjs';
import { pageTags } from '../lib/publish/page-tags.mjs';
import { nextCacheKeyPath, nextCacheValueBytes } from './next-internals.mjs';
import { getSharedCacheUrl } from './redis-connection.mjs';
import { findSharedPage, getSharedCache, readBuildId } from './redis-lookup.mjs';
import { writeSharedPage } from './redis-pages.mjs';

/**
 * @typedef {import('./next-internals.mjs').NextCacheHandler} NextCacheHandler
 * @typedef {import('./next-internals.mjs').NextCacheHandlerValue} NextCacheHandlerValue
 * @typedef {import('./next-internals.mjs').NextCacheValue} NextCacheValue
 * @typedef {import('./next-internals.mjs').NextCacheSetContext} NextCacheSetContext
 * @typedef {import('./redis-lookup.mjs').Entry} Entry
 */

// Enough for the hot pages of a large archive; an evicted page is simply rendered again.
const MAX_BYTES = 64 * 1024 * 1024;

// Module level: Next makes a new handler for every request (N5).
/** @type {Map<string, Entry>} */
const entries = new Map();
/** @type {Map<string, number>} */
const askedAt = new Map();
let bytes = 0;
/** The build's id, which names its pages in Redis; null when REDIS_URL is set but it could not be read. */
let buildId = /** @type {string | null | undefined} */ (undefined);

/** @param {string} key */
function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  bytes -= entry.size;
  entries.delete(key);
}

/** @param {string} key @param {Entry} entry */
function keep(key, entry) {
  drop(key);
  entries.set(key, entry);
  bytes += entry.size;
  for (const oldest of entries.keys()) {
    if (bytes <= MAX_BYTES) break;
    drop(oldest);
  }
}

/**
 * Next's answer. A page read from Redis carries its lifetime, so that an instance which never
 * rendered it serves it with the lifetime it was rendered with (Next 16 takes `cacheControl` here).
 * @param {Entry} entry
 * @returns {NextCacheHandlerValue}
 */
function toAnswer(entry) {
  const answer = { value: entry.value, lastModified: entry.lastModified };
  return entry.cacheControl ? { ...answer, cacheControl: entry.cacheControl } : answer;
}

/** @implements {NextCacheHandler} */
export default class CacheHandler {
  /** @param {{ serverDistDir?: string | undefined }} [context] what Next hands over (N5) */
  constructor(context) {
    if (buildId !== undefined || !getSharedCacheUrl()) return;
    buildId = readBuildId(context) ?? null;
    if (!buildId) console.warn("REDIS_URL is set but the build's BUILD_ID could not be read: pages are not shared");
  }

  /**
   * @param {string} key
   * @returns {Promise<NextCacheHandlerValue | null>}
   */
  async get(key) {
    askedAt.set(key, Date.now());
    let entry = entries.get(key);
    if (entry && isStale(entry.tags, entry.lastModified)) {
      drop(key);
      entry = undefined;
    }
    const shared = getSharedCache(buildId);
    if (shared) {
      try {
        const found = await findSharedPage(shared, key, entry);
        if (found !== entry) {
          if (found) keep(key, found);
          else drop(key);
        }
        entry = found;
      } catch {
        // Redis did not answer in time: this instance's own clock still holds (the connection logs the outage).
      }
    }
    if (!entry) return null;
    entries.delete(key);
    entries.set(key, entry);
    return toAnswer(entry);
  }

  /**
   * @param {string} key
   * @param {NextCacheValue | null} data
   * @param {NextCacheSetContext} [ctx]
   */
  async set(key, data, ctx) {
    drop(key);
    const started = askedAt.get(key);
    askedAt.delete(key);
    if (!data) return;
    // Dated from when the render was asked for (N5: get comes first), so a change during the render still counts.
    const tags = [...pageTags(nextCacheKeyPath(key)), ...(ctx && 'tags' in ctx ? (ctx.tags ?? []) : [])];
    const entry = { value: data, lastModified: started ?? Date.now(), tags, size: nextCacheValueBytes(data) };
    keep(key, entry);
    const shared = getSharedCache(buildId);
    if (!shared) return;
    const cacheControl = ctx && 'cacheControl' in ctx ? ctx.cacheControl : undefined;
    await writeSharedPage(shared.client, shared.buildId, key, { ...entry, cacheControl }).catch(() => undefined);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) if (entry.tags.some((tag) => wanted.has(tag))) drop(key);
  }

  resetRequestCache() {}
}
