import { describe, expect, it } from 'vitest';
import { recordInvalidation } from '@/lib/freshness.mjs';
import { listTag, postTag } from '@/lib/publish/page-tags.mjs';
import CacheHandler from './next-cache-handler.mjs';
import type { NextCacheValue } from './next-internals.mjs';

// The value Next hands over for an app page (N5 in next-internals.mjs).
const page = (html: string) =>
  ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), segmentData: undefined, headers: undefined, postponed: undefined, status: 200 }) as unknown as NextCacheValue;
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the page cache', () => {
  it('serves a page until a change touches it, then asks for a new render', async () => {
    const cache = new CacheHandler();
    expect(await cache.get('/posts/cache-a')).toBeNull();
    await cache.set('/posts/cache-a', page('<h1>旧</h1>'), {});
    expect((await cache.get('/posts/cache-a'))?.value).toMatchObject({ html: '<h1>旧</h1>' });
    await settle();
    recordInvalidation([postTag('cache-a')]);
    await settle();
    expect(await cache.get('/posts/cache-a')).toBeNull();
    await cache.set('/posts/cache-a', page('<h1>新</h1>'), {});
    expect((await cache.get('/posts/cache-a'))?.value).toMatchObject({ html: '<h1>新</h1>' });
  });

  it('keeps the pages a change does not touch', async () => {
    const cache = new CacheHandler();
    // Keys as Next makes them (N5 in next-internals.mjs).
    const key = (path: string) => `/route-cache/APP_PAGE/c6377dd9/$${path}`;
    for (const path of ['/posts/cache-e', '/category/cache-e/page/2', '/category/cache-f']) {
      expect(await cache.get(key(path))).toBeNull();
      await cache.set(key(path), page(path), {});
    }
    await settle();
    recordInvalidation([listTag('category', 'cache-e')]);
    expect(await cache.get(key('/category/cache-e/page/2'))).toBeNull();
    expect((await cache.get(key('/posts/cache-e')))?.value).toMatchObject({ html: '/posts/cache-e' });
    expect((await cache.get(key('/category/cache-f')))?.value).toMatchObject({ html: '/category/cache-f' });
  });

  it('dates a page from when it was asked for, so a change during its render still drops it', async () => {
    const cache = new CacheHandler();
    expect(await cache.get('/route-cache/b')).toBeNull();
    await settle();
    // The folder changes while the page renders.
    recordInvalidation('all');
    await cache.set('/route-cache/b', page('<h1>渲染中改过</h1>'), {});
    expect(await cache.get('/route-cache/b')).toBeNull();
  });

  it('answers Next with the value and the time it was asked for, in epoch milliseconds', async () => {
    const cache = new CacheHandler();
    // Not in the millisecond of the test above's change to every page, which would count.
    await settle();
    const before = Date.now();
    expect(await cache.get('/route-cache/d')).toBeNull();
    await cache.set('/route-cache/d', page('d'), {});
    const found = await cache.get('/route-cache/d');
    expect(Object.keys(found ?? {}).sort()).toEqual(['lastModified', 'value']);
    expect(found?.lastModified).toBeGreaterThanOrEqual(before);
    expect(found?.lastModified).toBeLessThanOrEqual(Date.now());
  });

  it('forgets fetch entries by tag', async () => {
    const cache = new CacheHandler();
    await cache.set('/route-cache/c', page('c'), { fetchCache: true, tags: ['lists'] });
    await cache.revalidateTag('lists');
    expect(await cache.get('/route-cache/c')).toBeNull();
  });
});
