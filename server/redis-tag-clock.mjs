// @ts-check
// Tag invalidation times shared by every instance: the Redis half of lib/freshness.mjs's clock,
// a hash of tag → latest time. Each instance records its own invalidations there as well as
// locally, and a cached page is stale when it was made at or before the latest time of one of its
// tags in either place. Why both: instance B may render the old version of a page just before its
// own watcher sees a file that A already saw; A's earlier time cannot drop that page, B's later one does.
import { onInvalidation } from '../lib/freshness.mjs';
import { processWide } from '../lib/process-wide.mjs';
import { getRedis, onRedisReady } from './redis-connection.mjs';

/** @typedef {import('./redis-connection.mjs').RedisClient} RedisClient */

export const TAG_TIMES_KEY = 'finews:tag-times';
/** The field of a change to every page (lib/freshness.mjs's 'all'); no page tag is spelled so. */
export const ALL_FIELD = '*';

// Times only move forward: instances record out of order, and a late small time must not undo a large one.
const RECORD_LATEST = `
local at = tonumber(ARGV[1])
for i = 2, #ARGV do
  local known = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if at > known then redis.call('HSET', KEYS[1], ARGV[i], ARGV[1]) end
end
return #ARGV - 1`;

/**
 * Records in Redis that `fields` changed at `at`, keeping the later time of each.
 * @param {RedisClient} client
 * @param {string[]} fields
 * @param {number} at
 */
export async function recordSharedInvalidation(client, fields, at) {
  await client.eval(RECORD_LATEST, { keys: [TAG_TIMES_KEY], arguments: [String(at), ...fields] });
}

/**
 * The latest shared invalidation time of any of `tags`, every page's included. A missing hash (a new
 * Redis, or one that lost it) counts as a change to every page now: nothing cached says it is newer.
 * @param {RedisClient} client
 * @param {string[]} tags
 * @returns {Promise<number>}
 */
export async function readSharedTagTime(client, tags) {
  const [all, ...times] = await client.hmGet(TAG_TIMES_KEY, [ALL_FIELD, ...tags]);
  if (all === null || all === undefined) {
    const now = Date.now();
    await client.hSetNX(TAG_TIMES_KEY, ALL_FIELD, String(now));
    return now;
  }
  return Math.max(Number(all), ...times.map((time) => Number(time ?? 0)));
}

/**
 * From now on, every invalidation this process records (lib/freshness.mjs) goes to the Redis at `url`
 * too; while it is down they are kept and sent when it answers again. Once per process and URL.
 * @param {string} url
 */
export function shareInvalidations(url) {
  processWide(`redis-tag-sharing:${url}`, () => {
    /** @type {Map<string, number>} field → latest time not yet in Redis */
    const pending = new Map();
    const keep = (/** @type {string[]} */ fields, /** @type {number} */ at) => {
      for (const field of fields) pending.set(field, Math.max(pending.get(field) ?? 0, at));
    };
    const send = (/** @type {RedisClient} */ client, /** @type {string[]} */ fields, /** @type {number} */ at) => {
      recordSharedInvalidation(client, fields, at).catch(() => keep(fields, at));
    };
    onRedisReady(url, (client) => {
      // A new Redis starts its hash now rather than at the first read, which would drop the page that read was for.
      client.hSetNX(TAG_TIMES_KEY, ALL_FIELD, String(Date.now())).catch(() => undefined);
      /** @type {Map<number, string[]>} */
      const byTime = new Map();
      for (const [field, at] of pending) byTime.set(at, [...(byTime.get(at) ?? []), field]);
      pending.clear();
      for (const [at, fields] of byTime) send(client, fields, at);
    });
    return onInvalidation((tags, at) => {
      const fields = tags === 'all' ? [ALL_FIELD] : tags;
      if (fields.length === 0) return;
      const client = getRedis(url);
      if (client) send(client, fields, at);
      else keep(fields, at);
    });
  });
}
