// The page cache with REDIS_URL set (server/redis-*.mjs): against a real redis-server when this
// machine has one (the cluster test, scripts/cluster/cluster.e2e.ts, installs it on a bare one).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isStale, recordInvalidation } from '@/lib/freshness.mjs';
import { postTag } from '@/lib/publish/page-tags.mjs';
import { startRedis } from '@/scripts/cluster/cluster';
import { REDIS_SERVER } from '@/scripts/cluster/install';
import { freePort, stopProcess, type Proc } from '@/scripts/cluster/processes';
import CacheHandler from './next-cache-handler.mjs';
import type { NextCacheValue } from './next-internals.mjs';
import { closeRedis, getRedis } from './redis-connection.mjs';
import { toPageKey } from './redis-pages.mjs';
import { ALL_FIELD, recordSharedInvalidation, TAG_TIMES_KEY } from './redis-tag-clock.mjs';

const page = (html: string) =>
  ({ kind: 'APP_PAGE', html, rscData: Buffer.from(`rsc ${html}`), segmentData: new Map([['/_tree', Buffer.from('tree')]]), headers: undefined, postponed: undefined, status: 200 }) as unknown as NextCacheValue;
// What Next hands the handler's constructor: its server folder, beside the build's BUILD_ID (N5).
const build = mkdtempSync(path.join(os.tmpdir(), 'finews-redis-build-'));
mkdirSync(path.join(build, 'server'));
writeFileSync(path.join(build, 'BUILD_ID'), 'test-build\n');
const context = { serverDistDir: path.join(build, 'server') };
afterAll(() => rmSync(build, { recursive: true, force: true }));
// Keys as Next makes them (N5 in next-internals.mjs).
const key = (slug: string) => `/route-cache/APP_PAGE/c6377dd9/$/posts/${slug}`;

async function until<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** Renders `slug` the way Next does: get (which dates the render), then set. */
async function render(cache: CacheHandler, slug: string, html = slug): Promise<void> {
  await cache.get(key(slug));
  await sleep(2);
  await cache.set(key(slug), page(html), {});
}

/** A second instance's memory: a fresh copy of the handler module, in this same process. */
async function otherInstance(): Promise<CacheHandler> {
  vi.resetModules();
  const { default: Other } = await import('./next-cache-handler.mjs');
  return new Other(context);
}

// redis-server comes from Debian: `npm test` (scripts/test/run.sh) installs it when missing.
describe('the page cache shared through Redis', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finews-redis-test-'));
  let redis: { port: number; url: string; proc: Proc };
  let inspect: ReturnType<typeof createClient>;
  let cache: CacheHandler;

  beforeAll(async () => {
    redis = await startRedis(dir, 120);
    vi.stubEnv('REDIS_URL', redis.url);
    cache = new CacheHandler(context);
    inspect = createClient({ url: redis.url });
    inspect.on('error', () => undefined);
    await inspect.connect();
    await cache.get(key('warm-up'));
    await until(() => getRedis(redis.url));
    await until(async () => (await inspect.hGet(TAG_TIMES_KEY, ALL_FIELD)) ?? undefined);
    await sleep(2);
  }, 30_000);

  afterAll(async () => {
    closeRedis(redis.url);
    inspect.destroy();
    await stopProcess(redis.proc);
    rmSync(dir, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  it('serves a page one instance rendered to another, with its Buffers and time', async () => {
    await render(cache, 'shared-a', '<h1>共享</h1>');
    const mine = await cache.get(key('shared-a'));
    const other = await otherInstance();
    const theirs = await other.get(key('shared-a'));
    expect(theirs?.lastModified).toBe(mine?.lastModified);
    expect(theirs?.value).toMatchObject({ html: '<h1>共享</h1>', rscData: Buffer.from('rsc <h1>共享</h1>') });
    const segments = (theirs?.value as unknown as { segmentData: Map<string, Buffer> }).segmentData;
    expect(segments.get('/_tree')).toEqual(Buffer.from('tree'));
    const ttl = await inspect.ttl(toPageKey('test-build', key('shared-a')));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it("drops a page, from memory too, after a change another instance recorded", async () => {
    await render(cache, 'shared-b');
    expect(await cache.get(key('shared-b'))).not.toBeNull();
    const client = await until(() => getRedis(redis.url));
    await recordSharedInvalidation(client, [postTag('shared-b')], Date.now());
    expect(isStale([postTag('shared-b')], Date.now() - 1000)).toBe(false);
    expect(await cache.get(key('shared-b'))).toBeNull();
  });

  it("drops a page made after one instance's change but before another saw it, at the other's change", async () => {
    const client = await until(() => getRedis(redis.url));
    await recordSharedInvalidation(client, [postTag('shared-c')], Date.now() - 50);
    await render(cache, 'shared-c', 'old version');
    expect(await cache.get(key('shared-c'))).not.toBeNull();
    await recordSharedInvalidation(client, [postTag('shared-c')], Date.now());
    expect(await cache.get(key('shared-c'))).toBeNull();
  });

  it("records this instance's changes in Redis, keeping the later time", async () => {
    const at = Date.now();
    recordInvalidation([postTag('shared-d')], at);
    recordInvalidation([postTag('shared-d')], at - 5000);
    expect(await until(async () => (await inspect.hGet(TAG_TIMES_KEY, postTag('shared-d'))) ?? undefined)).toBe(String(at));
    // A change to every page, dated before anything this file renders.
    await inspect.hDel(TAG_TIMES_KEY, ALL_FIELD);
    recordInvalidation('all', at - 60_000);
    expect(await until(async () => (await inspect.hGet(TAG_TIMES_KEY, ALL_FIELD)) ?? undefined)).toBe(String(at - 60_000));
  });

  it('counts a lost tag hash as a change to every page', async () => {
    await render(cache, 'shared-e');
    expect(await cache.get(key('shared-e'))).not.toBeNull();
    await inspect.del(TAG_TIMES_KEY);
    expect(await cache.get(key('shared-e'))).toBeNull();
    expect(Number(await inspect.hGet(TAG_TIMES_KEY, ALL_FIELD))).toBeGreaterThan(0);
  });

  it('serves from memory while Redis is down, logs it once, and sends the changes it missed when it is back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await stopProcess(redis.proc);
      await until(() => (getRedis(redis.url) ? undefined : true));
      await render(cache, 'shared-f');
      expect((await cache.get(key('shared-f')))?.value).toMatchObject({ html: 'shared-f' });
      const at = Date.now();
      recordInvalidation([postTag('shared-f')], at);
      expect(await cache.get(key('shared-f'))).toBeNull();
      await render(cache, 'shared-g');
      expect(await cache.get(key('shared-g'))).not.toBeNull();
      expect(warn.mock.calls.filter(([line]) => String(line).includes('redis'))).toHaveLength(1);

      redis = await startRedis(dir, 120, redis.port);
      await until(() => getRedis(redis.url), 10_000);
      if (!inspect.isReady) await until(() => (inspect.isReady ? true : undefined), 10_000);
      expect(await until(async () => (await inspect.hGet(TAG_TIMES_KEY, postTag('shared-f'))) ?? undefined)).toBe(String(at));
    } finally {
      warn.mockRestore();
    }
  }, 30_000);
});

describe('the page cache with an unusable REDIS_URL', () => {
  it('keeps pages in memory when the URL is not one Redis takes, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubEnv('REDIS_URL', 'http://not-redis.example/');
    try {
      const cache = new CacheHandler(context);
      await render(cache, 'bad-url-a');
      await render(cache, 'bad-url-b');
      expect((await cache.get(key('bad-url-a')))?.value).toMatchObject({ html: 'bad-url-a' });
      expect(warn.mock.calls.filter(([line]) => String(line).includes('not-redis.example'))).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
      warn.mockRestore();
    }
  });

  it('keeps pages in memory while Redis cannot be reached, answers at once, and logs the outage once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const url = `redis://127.0.0.1:${await freePort()}`;
    vi.stubEnv('REDIS_URL', url);
    try {
      const cache = new CacheHandler(context);
      await render(cache, 'unreachable-a');
      // Long enough for a connection attempt to fail.
      await sleep(1500);
      const started = performance.now();
      expect((await cache.get(key('unreachable-a')))?.value).toMatchObject({ html: 'unreachable-a' });
      expect(performance.now() - started).toBeLessThan(100);
      recordInvalidation([postTag('unreachable-a')]);
      expect(await cache.get(key('unreachable-a'))).toBeNull();
      expect(warn.mock.calls.filter(([line]) => String(line).includes(url))).toHaveLength(1);
    } finally {
      closeRedis(url);
      vi.unstubAllEnvs();
      warn.mockRestore();
    }
  });
});
