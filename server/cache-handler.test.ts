import { afterEach, describe, expect, it } from 'vitest';
import CacheHandler from './cache-handler.mjs';

const STALE_BEFORE = Symbol.for('finews.pages-stale-before');
const holder = globalThis as unknown as Record<symbol, ((now: number) => number) | undefined>;
const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc') });

afterEach(() => {
  holder[STALE_BEFORE] = undefined;
});

describe('the page cache', () => {
  it('serves a page until the posts folder changes, then asks for a new render', async () => {
    const cache = new CacheHandler();
    expect(await cache.get('/route-cache/a')).toBeNull();
    await cache.set('/route-cache/a', page('<h1>旧</h1>'), { tags: [] });
    expect((await cache.get('/route-cache/a'))?.value).toMatchObject({ html: '<h1>旧</h1>' });
    const changedAt = Date.now() + 1;
    holder[STALE_BEFORE] = () => changedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await cache.get('/route-cache/a')).toBeNull();
    await cache.set('/route-cache/a', page('<h1>新</h1>'), { tags: [] });
    expect((await cache.get('/route-cache/a'))?.value).toMatchObject({ html: '<h1>新</h1>' });
  });

  it('dates a page from when it was asked for, so a change during its render still drops it', async () => {
    const cache = new CacheHandler();
    expect(await cache.get('/route-cache/b')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The folder changes while the page renders.
    const changedAt = Date.now();
    holder[STALE_BEFORE] = () => changedAt;
    await cache.set('/route-cache/b', page('<h1>渲染中改过</h1>'), { tags: [] });
    expect(await cache.get('/route-cache/b')).toBeNull();
  });

  it('forgets pages by tag', async () => {
    const cache = new CacheHandler();
    await cache.set('/route-cache/c', page('c'), { tags: ['lists'] });
    await cache.revalidateTag('lists');
    expect(await cache.get('/route-cache/c')).toBeNull();
  });
});
