// @ts-check
// This process's connection to the Redis that instances share pages and tag times through
// (REDIS_URL; see server/next-cache-handler.mjs). Redis is a help, never a dependency: a command
// waits at most COMMAND_TIMEOUT_MS, nothing is queued while the connection is down (the caller
// falls back to this instance's own memory), and an outage is logged once, not per request.
import { createClient } from 'redis';
import { processWide } from '../lib/process-wide.mjs';

/** A page read gives up on Redis after this long and renders or answers from memory instead. */
const COMMAND_TIMEOUT_MS = 250;
const CONNECT_TIMEOUT_MS = 1000;
const RECONNECT_MS = 1000;

/** @typedef {ReturnType<typeof createRedisClient>} RedisClient */
/** @typedef {{ client: RedisClient, url: string, down: boolean, onReady: Set<(client: RedisClient) => void> }} Connection */

/** The shared cache's Redis URL, or undefined: unset, or a build (build-time pages read no posts and must never be shared). */
export function getSharedCacheUrl() {
  if (process.env.NEXT_PHASE === 'phase-production-build') return undefined;
  return process.env.REDIS_URL || undefined;
}

/** The URL without a password, for log lines. @param {string} url */
function toLabel(url) {
  return url.replace(/\/\/[^@/]*@/, '//…@');
}

/** @param {string} url */
function createRedisClient(url) {
  return createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: () => RECONNECT_MS },
  });
}

/** @param {string} url @returns {Connection | null} null for a URL the client refuses (logged) */
function connect(url) {
  let client;
  try {
    client = createRedisClient(url);
  } catch (error) {
    console.warn(`REDIS_URL ${toLabel(url)}: ${error instanceof Error ? error.message : String(error)}; pages are not shared`);
    return null;
  }
  /** @type {Connection} */
  const connection = { client, url, down: false, onReady: new Set() };
  // Without an 'error' listener a lost connection would end the process.
  client.on('error', (/** @type {unknown} */ error) => {
    if (connection.down) return;
    connection.down = true;
    const reason = error instanceof Error ? error.message || error.name : String(error);
    console.warn(`redis ${toLabel(url)}: ${reason}; pages are cached in this instance's memory only until it answers again`);
  });
  client.on('ready', () => {
    if (connection.down) console.warn(`redis ${toLabel(url)}: answering again; pages are shared again`);
    connection.down = false;
    for (const listener of connection.onReady) listener(client);
  });
  client.connect().catch(() => {
    // Reported by the 'error' listener; the client keeps trying every RECONNECT_MS.
  });
  return connection;
}

/** @returns {Map<string, Connection | null>} */
function connections() {
  return processWide('redis-connections', () => new Map());
}

/** @param {string} url */
function getConnection(url) {
  const known = connections().get(url);
  if (known !== undefined) return known;
  const made = connect(url);
  connections().set(url, made);
  return made;
}

/**
 * The client when it can answer now, else undefined (no REDIS_URL, not connected yet, or down).
 * @param {string | undefined} [url]
 * @returns {RedisClient | undefined}
 */
export function getRedis(url = getSharedCacheUrl()) {
  const client = url ? getConnection(url)?.client : undefined;
  return client?.isReady ? client : undefined;
}

/**
 * Calls `listener` each time the connection to `url` becomes ready (first connect and every reconnect).
 * @param {string} url
 * @param {(client: RedisClient) => void} listener
 */
export function onRedisReady(url, listener) {
  const connection = getConnection(url);
  if (!connection) return;
  connection.onReady.add(listener);
  if (connection.client.isReady) listener(connection.client);
}

/** Closes the connection to `url` if this process opened one (tests). @param {string} url */
export function closeRedis(url) {
  const connection = connections().get(url);
  connections().delete(url);
  connection?.client.destroy();
}
