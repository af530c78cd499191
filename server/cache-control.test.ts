import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SHARED_CACHE_SECONDS } from '@/lib/freshness.mjs';
import { limitSharedCaching, toSharedCacheControl } from './cache-control.mjs';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('the Cache-Control shared caches see', () => {
  it('cuts a page’s s-maxage to SHARED_CACHE_SECONDS and keeps the rest', () => {
    expect(SHARED_CACHE_SECONDS).toBe(1);
    expect(toSharedCacheControl('s-maxage=300, stale-while-revalidate=31535700')).toBe('s-maxage=1, stale-while-revalidate=31535700');
    expect(toSharedCacheControl('private, no-cache, no-store, max-age=0, must-revalidate')).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
    expect(toSharedCacheControl('public, max-age=31536000, immutable')).toBe('public, max-age=31536000, immutable');
  });

  it('applies to headers set by setHeader and by writeHead', async () => {
    server = createServer((req, res) => {
      res.setHeader('x-content-type-options', 'nosniff');
      limitSharedCaching(res);
      if (req.url === '/set') {
        res.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate=31535700');
        res.end('a');
      } else res.writeHead(200, { 'cache-control': 's-maxage=60' }).end('b');
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetch(`${base}/set`)).headers.get('cache-control')).toBe('s-maxage=1, stale-while-revalidate=31535700');
    expect((await fetch(`${base}/head`)).headers.get('cache-control')).toBe('s-maxage=1');
  });
});
