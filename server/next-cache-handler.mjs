// @ts-check
// The ISR cache, Next's `cacheHandler` (next.config.mjs): pages in memory, least recently used
// dropped first. Each page carries tags named from its path (lib/publish/page-tags.mjs); a change
// to the posts folder invalidates the tags of the pages it touched (lib/freshness.mjs), and this
// cache then drops only those, so the first reader after a publish, an edit or a deletion gets
// the new page while every other page stays cached.
// How Next calls it, and what it hands over, is assumption N5 in server/next-internals.mjs.
import { isStale } from '../lib/freshness.mjs';
import { pageTags } from '../lib/publish/page-tags.mjs';
import { nextCacheKeyPath, nextCacheValueBytes } from './next-internals.mjs';

/**
 * @typedef {import('./next-internals.mjs').NextCacheHandler} NextCacheHandler
 * @typedef {import('./next-internals.mjs').NextCacheHandlerValue} NextCacheHandlerValue
 * @typedef {import('./next-internals.mjs').NextCacheValue} NextCacheValue
 * @typedef {import('./next-internals.mjs').NextCacheSetContext} NextCacheSetContext
 * @typedef {{ value: NextCacheValue, lastModified: number, tags: string[], size: number }} Entry
 */

// Enough for the hot pages of a large archive; an evicted page is simply rendered again.
const MAX_BYTES = 64 * 1024 * 1024;

// Module level: Next makes a new handler for every request (N5).
/** @type {Map<string, Entry>} */
const entries = new Map();
/** @type {Map<string, number>} */
const askedAt = new Map();
let bytes = 0;

/** @param {string} key */
function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  bytes -= entry.size;
  entries.delete(key);
}

/** @implements {NextCacheHandler} */
export default class CacheHandler {
  /**
   * @param {string} key
   * @returns {Promise<NextCacheHandlerValue | null>}
   */
  async get(key) {
    askedAt.set(key, Date.now());
    const entry = entries.get(key);
    if (!entry) return null;
    if (isStale(entry.tags, entry.lastModified)) {
      drop(key);
      return null;
    }
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
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
    entries.set(key, entry);
    bytes += entry.size;
    for (const oldest of entries.keys()) {
      if (bytes <= MAX_BYTES) break;
      drop(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) if (entry.tags.some((tag) => wanted.has(tag))) drop(key);
  }

  resetRequestCache() {}
}
