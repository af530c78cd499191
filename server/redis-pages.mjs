// @ts-check
// Rendered pages shared by every instance: one Redis string per build and Next cache key, holding
// the value Next handed to set() with its tags, its lifetime and the time its render was asked
// for. v8's serializer keeps the value's Buffers and Maps (N5 in next-internals.mjs) without a
// schema of our own. Next's keys name the route, not the build, so the build id is part of ours:
// during a deploy, instances of the old and the new build never serve each other's pages.
import { deserialize, serialize } from 'node:v8';
import { RESP_TYPES } from 'redis';

/**
 * @typedef {import('./redis-connection.mjs').RedisClient} RedisClient
 * @typedef {import('./next-internals.mjs').NextCacheValue} NextCacheValue
 * @typedef {import('next/dist/server/lib/cache-control').CacheControl} NextCacheControl
 * @typedef {{ value: NextCacheValue, lastModified: number, tags: string[], cacheControl?: NextCacheControl | undefined }} SharedPage
 */

/**
 * Redis forgets a page nobody rendered again for this long, so it does not grow without bound (a
 * page that is read is rendered again at least every REVALIDATE_SECONDS of lib/freshness.mjs, and
 * written again).
 */
export const PAGE_TTL_SECONDS = 3600;

/** @type {WeakMap<RedisClient, ReturnType<typeof toBufferClient>>} */
const bufferClients = new WeakMap();

/** @param {RedisClient} client */
function toBufferClient(client) {
  return client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
}

/** @param {string} buildId @param {string} key */
export function toPageKey(buildId, key) {
  return `finews:page:${buildId}:${key}`;
}

/** @param {unknown} stored @returns {NextCacheControl | undefined} */
function toCacheControl(stored) {
  if (!stored || typeof stored !== 'object') return undefined;
  const { revalidate, expire } = /** @type {Record<string, unknown>} */ (stored);
  if (revalidate !== false && typeof revalidate !== 'number') return undefined;
  if (expire !== undefined && typeof expire !== 'number') return undefined;
  return { revalidate, expire };
}

/** @param {unknown} stored @returns {SharedPage | undefined} */
function toSharedPage(stored) {
  if (!stored || typeof stored !== 'object') return undefined;
  const { value, lastModified, tags, cacheControl } = /** @type {Record<string, unknown>} */ (stored);
  if (typeof lastModified !== 'number' || !Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) return undefined;
  if (!value || typeof value !== 'object' || typeof (/** @type {{ kind?: unknown }} */ (value).kind) !== 'string') return undefined;
  // Written by set() of an instance of the same build (the key names it), from a value Next gave it.
  return { value: /** @type {NextCacheValue} */ (value), lastModified, tags, cacheControl: toCacheControl(cacheControl) };
}

/**
 * The page an instance of build `buildId` stored under Next's `key`, or undefined.
 * @param {RedisClient} client
 * @param {string} buildId
 * @param {string} key
 * @returns {Promise<SharedPage | undefined>}
 */
export async function readSharedPage(client, buildId, key) {
  let buffers = bufferClients.get(client);
  if (!buffers) bufferClients.set(client, (buffers = toBufferClient(client)));
  const stored = await buffers.get(toPageKey(buildId, key));
  if (!Buffer.isBuffer(stored)) return undefined;
  try {
    return toSharedPage(deserialize(stored));
  } catch {
    return undefined;
  }
}

/**
 * Stores a page for every instance of build `buildId`, for PAGE_TTL_SECONDS.
 * @param {RedisClient} client
 * @param {string} buildId
 * @param {string} key
 * @param {SharedPage} page
 */
export async function writeSharedPage(client, buildId, key, page) {
  const { value, lastModified, tags, cacheControl } = page;
  await client.set(toPageKey(buildId, key), serialize({ value, lastModified, tags, cacheControl }), { EX: PAGE_TTL_SECONDS });
}
