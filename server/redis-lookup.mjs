// @ts-check
// The page cache's Redis side (server/next-cache-handler.mjs): which build's pages to read, and the
// newest page under a key that no instance's change has made stale, from memory or from Redis.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isStale, REVALIDATE_SECONDS } from '../lib/freshness.mjs';
import { pageTags } from '../lib/publish/page-tags.mjs';
import { nextCacheKeyPath, nextCacheValueBytes } from './next-internals.mjs';
import { getRedis, getSharedCacheUrl } from './redis-connection.mjs';
import { readSharedPage } from './redis-pages.mjs';
import { readSharedTagTime, shareInvalidations } from './redis-tag-clock.mjs';

/**
 * @typedef {import('./next-internals.mjs').NextCacheValue} NextCacheValue
 * @typedef {import('./redis-connection.mjs').RedisClient} RedisClient
 * @typedef {import('./redis-pages.mjs').NextCacheControl} NextCacheControl
 * @typedef {{ value: NextCacheValue, lastModified: number, tags: string[], size: number, cacheControl?: NextCacheControl | undefined }} Entry
 * @typedef {{ client: RedisClient, buildId: string }} SharedCache
 */

/**
 * N5: the build's id, from the BUILD_ID file beside the server folder that Next hands the
 * handler's constructor (`serverDistDir`); undefined when it cannot be read.
 * @param {{ serverDistDir?: string | undefined } | undefined} context
 */
export function readBuildId(context) {
  if (typeof context?.serverDistDir !== 'string') return undefined;
  try {
    return readFileSync(path.join(context.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Redis when REDIS_URL is set, it answers and the build is known, else undefined; this process's
 * invalidations are shared from the first call on.
 * @param {string | null | undefined} buildId
 * @returns {SharedCache | undefined}
 */
export function getSharedCache(buildId) {
  const url = getSharedCacheUrl();
  if (!url || !buildId) return undefined;
  shareInvalidations(url);
  const client = getRedis(url);
  return client ? { client, buildId } : undefined;
}

/**
 * The newest page under `key` that no instance's change has made stale, from memory or Redis, or
 * undefined; `local` is what memory holds. Throws when Redis fails (the caller answers from memory).
 * @param {SharedCache} shared
 * @param {string} key
 * @param {Entry | undefined} local not stale by this instance's clock
 * @returns {Promise<Entry | undefined>}
 */
export async function findSharedPage({ client, buildId }, key, local) {
  const tags = local?.tags ?? pageTags(nextCacheKeyPath(key));
  // A page younger than its lifetime is answered from memory; an older one may have a newer render in Redis.
  const wantShared = !local || Date.now() - local.lastModified >= REVALIDATE_SECONDS * 1000;
  const [tagTime, shared] = await Promise.all([readSharedTagTime(client, tags), wantShared ? readSharedPage(client, buildId, key) : undefined]);
  const fresh = local && local.lastModified > tagTime ? local : undefined;
  if (!shared || shared.lastModified <= (fresh?.lastModified ?? tagTime) || isStale(shared.tags, shared.lastModified)) return fresh;
  const extraTags = shared.tags.filter((tag) => !tags.includes(tag));
  if (extraTags.length > 0 && shared.lastModified <= (await readSharedTagTime(client, extraTags))) return fresh;
  return { ...shared, size: nextCacheValueBytes(shared.value) };
}
