import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeNextBody, isNextFrameworkScript, nextCacheKeyPath, nextCacheValueBytes, toNextInlineScripts, warnLoopbackHostname, type NextCacheValue } from './next-internals.mjs';

// Each shape as Next 16.4 writes it (N1).
const INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[7,[],\\"\\u003cb\\u003e\\"]\\n"])';
const BINARY = 'self.__next_f.push([3,"AAEC"])';
const BOOTSTRAP =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});';

describe('isNextFrameworkScript (N1)', () => {
  it('accepts the flight payload, its bootstrap and Turbopack’s chunk bootstrap', () => {
    for (const script of [INIT, DATA, BINARY, BOOTSTRAP]) expect(isNextFrameworkScript(script)).toBe(true);
  });

  it('refuses anything that could run code of its own', () => {
    for (const script of [
      'alert(1)',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"+alert(1)+"y"])',
      'self.__next_f.push([1,alert(1)])',
      'self.__next_f.push([1,"x"],alert(1))',
      'self.__next_f.push([2,"x"])',
      `${INIT};alert(1)`,
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"],"runtimeModuleIds":[1]});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1],"x":1});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
    ]) {
      expect(isNextFrameworkScript(script), script).toBe(false);
    }
  });
});

describe('toNextInlineScripts (N1)', () => {
  it('reads plain inline scripts and React’s id="_R_" one, and no script with other attributes', () => {
    const html = `<script>${INIT}</script><script id="_R_">${BOOTSTRAP}</script><script src="/a.js" async=""></script><script nonce="x">alert(1)</script><script type="application/ld+json">{}</script>`;
    expect(toNextInlineScripts(html)).toEqual([INIT, BOOTSTRAP]);
  });
});

describe('decodeNextBody (N2)', () => {
  it('reads plain, gzip, deflate and brotli bodies, and refuses an encoding it does not know', () => {
    const html = Buffer.from(`<html><body><script>${DATA}</script>正文</body></html>`);
    expect(decodeNextBody(html, undefined)).toEqual(html);
    expect(decodeNextBody(html, 'identity')).toEqual(html);
    expect(decodeNextBody(gzipSync(html), 'gzip')).toEqual(html);
    expect(decodeNextBody(deflateSync(html), 'deflate')).toEqual(html);
    expect(decodeNextBody(brotliCompressSync(html), 'br')).toEqual(html);
    expect(() => decodeNextBody(html, 'zstd')).toThrow("content-encoding 'zstd'");
  });
});

describe('nextCacheValueBytes (N5)', () => {
  it('counts a page’s HTML, RSC payload and prefetch segments, and a route’s body', () => {
    const page = {
      kind: 'APP_PAGE',
      html: '页'.repeat(1000),
      rscData: Buffer.alloc(3000),
      segmentData: new Map([['/_tree', Buffer.alloc(500)], ['/_full', Buffer.alloc(700)]]),
      headers: undefined,
      postponed: undefined,
      status: 200,
    } as unknown as NextCacheValue;
    expect(nextCacheValueBytes(page)).toBe(1024 + 2000 + 3000 + 500 + 700);
    const route = { kind: 'APP_ROUTE', body: Buffer.alloc(4096), status: 200, headers: {} } as unknown as NextCacheValue;
    expect(nextCacheValueBytes(route)).toBe(1024 + 4096);
    expect(nextCacheValueBytes(null)).toBe(0);
  });
});

describe('warnLoopbackHostname (N3)', () => {
  it('warns for a loopback IP, not for localhost or a public bind', () => {
    for (const hostname of ['127.0.0.1', '127.1.2.3', '::1', '[::1]']) expect(warnLoopbackHostname(hostname), hostname).toContain('-H localhost');
    for (const hostname of ['localhost', '0.0.0.0', '::', 'example.com']) expect(warnLoopbackHostname(hostname), hostname).toBeUndefined();
  });
});

describe('nextCacheKeyPath (N5)', () => {
  it('reads the page path from a page or route key as Next 16.4 makes them', () => {
    expect(nextCacheKeyPath('/route-cache/APP_PAGE/e1e3cfdc8d664300307e1ea842d4e10c6f0243c6a20bc939f6274736596f4154/$/tags/利率')).toBe('/tags/利率');
    expect(nextCacheKeyPath('/route-cache/APP_PAGE/c6377dd9/$/index')).toBe('/index');
    expect(nextCacheKeyPath('/route-cache/APP_ROUTE/fb67a380/$/category/x/feed.xml')).toBe('/category/x/feed.xml');
  });

  it('hands any other key back as it is', () => {
    expect(nextCacheKeyPath('some-fetch-key')).toBe('some-fetch-key');
  });
});
