// @ts-check
// What this site assumes about Next.js internals: private formats and behaviour that Next does
// not document and may change in any release (written against 16.4.6). Each assumption has a
// number; the code that relies on it names it, and e2e/framework-contract.spec.ts checks it on
// the running production server, with the number in every failure message. After upgrading
// Next, run `npx tsc --noEmit` (the types below come from Next's own .d.ts files) and that spec.
//
// N1  Inline scripts. Every inline script Next writes into a page is `<script>` with no
//     attributes, or React's bootstrap `<script id="_R_">`, and never contains `<` (Next
//     escapes it). Each is one of exactly three shapes (see isNextFrameworkScript below):
//       (self.__next_f=self.__next_f||[]).push([0])                  the flight stream's start
//       self.__next_f.push([1 or 3,"…"])                               one chunk of RSC data
//       (globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":
//         ["static/chunks/….js"],"runtimeModuleIds":[…]});             Turbopack's chunk list
//     Relied on by server/script-hashes.mjs: only these get a sha256 in the page's script-src.
//     Breaks as: a new shape or attribute gets no hash, so the browser blocks that script and
//     the page does not hydrate (CSP errors in the console); nothing fails on the server.
//
// N2  Response writes. Through the custom server (server/start.mjs, `next()` +
//     getRequestHandler()), Next answers on the very ServerResponse it is handed: headers by
//     setHeader()/writeHead() (content-type and next.config.mjs headers() before the first
//     byte), the body by flushHeaders()/write()/end(). Its compression middleware wraps
//     write()/end() on top of server/next-response-patch.mjs, so the bytes arrive there already
//     in the response's content-encoding: identity, gzip, deflate or br (decodeNextBody). A
//     cached page is sent with an ETag made from its bytes, set before the first byte, so the
//     same path and ETag mean the same body (the policy is computed once per version). A
//     cached page whose ETag matches is a 304 with no body.
//     Breaks as: pages sent without a script-src, or a policy computed over the wrong bytes
//     (N1's symptoms; an ETag no longer tied to the bytes would give a page another version's
//     hashes, and its scripts would not run); a new encoding logs "no script hashes" and the page gets no hashes.
//
// N3  Loopback rewrites. proxy.ts builds its rewrite URLs from request.url, whose hostname
//     Next's NextURL turns into `localhost` for any 127.x.x.x or [::1]. Next's router compares
//     that origin with http://<-H hostname>:<port>; when they differ it does not rewrite
//     internally but proxies the request over HTTP to itself, and under load some of those
//     proxied requests are reset (a 500: "Failed to proxy http://localhost:…/__missing").
//     Hence every server here runs `-H localhost`, never `-H 127.0.0.1` (warnLoopbackHostname
//     says so at start). A proxied inner answer already carries its own script-src, which
//     next-response-patch.mjs keeps.
//     Breaks as: 500s for missing pages and ?tag= lists under load.
//
// N4  Missing pages. In production Next 16 answers an ISR page's own notFound() with a 404
//     and an empty body. So proxy.ts decides what is missing (lib/site/routes.ts) and rewrites
//     it to NEXT_MISSING_PATH, a path no route matches, which Next answers with
//     app/not-found.tsx in the root layout and status 404. No route may ever be made there.
//     Breaks as: a blank 404 page.
//
// N5  The cache handler (server/next-cache-handler.mjs, next.config.mjs `cacheHandler`).
//     Next imports the module itself at run time (not bundled), and constructs the default
//     export anew for every request, so the entries live at module level. It calls
//     get(key) before rendering a page and set(key, value, ctx) with the same key after; get
//     answers null or { value, lastModified } with lastModified in epoch ms, from which Next
//     works out HIT or STALE (revalidate = 1 s). The value's bulky fields are html (string),
//     rscData (Buffer) and segmentData (Map of Buffers) for pages, body (Buffer) for route
//     handlers (nextCacheValueBytes); ctx.tags comes only with fetch entries. With
//     `cacheMaxMemorySize: 0` Next keeps no cache of its own in front, and pages prerendered
//     by `next build` (in other processes) are never served from disk: every page comes
//     through this handler. The handler runs in the same process as the pages, so it reads
//     the tag clock that lib/store.ts feeds (lib/freshness.mjs via lib/process-wide.mjs).
//     Keys have the shape `/route-cache/APP_PAGE/<route hash>/$/tags/利率` (APP_ROUTE for
//     feeds and sitemaps), the page's path decoded after `/$`, home as `/index`
//     (nextCacheKeyPath). Breaks as: tsc errors on the types below; pages never kept (every
//     answer a MISS) or never dropped after a change to the posts folder (stale first
//     answers); a memory bound that counts 1 KB per page; every page dropped on every change
//     (keys no longer carry the path: e2e/framework-contract.spec.ts sees an article survive
//     a change elsewhere only while they do).
//
// N6  NODE_ENV. `next` must be imported after NODE_ENV is set to production, or the server
//     loads React's development builds (server/start.mjs).
//
// N7  Header rules. next.config.mjs headers() do not reach every answer: redirects and
//     answers the custom server makes itself go out without them, so server/start.mjs sets
//     the security headers before Next sees the request (server/security-headers.mjs).
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/**
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} NextCacheHandler
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} NextCacheHandlerValue
 * @typedef {import('next/dist/server/response-cache/types').IncrementalCacheValue} NextCacheValue
 * @typedef {import('next/dist/server/response-cache/types').IncrementalCachedAppPageValue} NextAppPageValue
 * @typedef {import('next/dist/server/response-cache/types').CachedRouteValue} NextRouteValue
 * @typedef {Parameters<NextCacheHandler['set']>[2]} NextCacheSetContext
 */

// N1: Next's inline scripts, read from the body one character per byte (see script-hashes.mjs).
const NEXT_INLINE_SCRIPT = /<script(?: id="_R_")?>([^<]*)<\/script>/g;
const FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PREFIX = 'self.__next_f.push(';
const TURBOPACK_BOOTSTRAP = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);$/s;
const CHUNK_PATH = /^static\/chunks\/[\w.-]+\.(?:js|css)$/;

/** N4: where proxy.ts sends every missing page (its MISSING); nothing may be routed here. */
export const NEXT_MISSING_PATH = '/__missing';

/** @param {string} text */
function parseJson(text) {
  try {
    return /** @type {unknown} */ (JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * N1: one chunk of the page's RSC payload: a push of a JSON array `[1 or 3, "string"]`, so data and never code.
 * @param {string} script
 */
function isFlightData(script) {
  if (!script.startsWith(FLIGHT_PREFIX) || !script.endsWith(')')) return false;
  const args = parseJson(script.slice(FLIGHT_PREFIX.length, -1));
  return Array.isArray(args) && args.length === 2 && (args[0] === 1 || args[0] === 3) && typeof args[1] === 'string';
}

/**
 * N1: Turbopack's chunk-group bootstrap: a push of the build's chunk paths and runtime module ids.
 * @param {string} script
 */
function isTurbopackBootstrap(script) {
  const match = TURBOPACK_BOOTSTRAP.exec(script);
  const params = match?.[1] === undefined ? undefined : parseJson(match[1]);
  if (!params || typeof params !== 'object' || Array.isArray(params)) return false;
  const { otherChunks, runtimeModuleIds, ...rest } = /** @type {Record<string, unknown>} */ (params);
  return (
    Object.keys(rest).length === 0 &&
    Array.isArray(otherChunks) &&
    otherChunks.every((chunk) => typeof chunk === 'string' && CHUNK_PATH.test(chunk)) &&
    Array.isArray(runtimeModuleIds) &&
    runtimeModuleIds.every((id) => Number.isInteger(id))
  );
}

/**
 * N1: whether an inline script is one Next writes into every page; anything else gets no hash.
 * @param {string} script
 */
export function isNextFrameworkScript(script) {
  return script === FLIGHT_INIT || isFlightData(script) || isTurbopackBootstrap(script);
}

/**
 * N1: the text of each inline script in an HTML body written the way Next writes it (no
 * attributes but id="_R_", no `<` inside), whatever its content; others are not matched.
 * @param {string} html
 * @returns {string[]}
 */
export function toNextInlineScripts(html) {
  return [...html.matchAll(NEXT_INLINE_SCRIPT)].map(([, script = '']) => script);
}

/**
 * N2: the bytes of a response body in one of the encodings Next's compression writes.
 * @param {Buffer} body
 * @param {string | number | string[] | undefined} encoding the response's content-encoding header
 * @returns {Buffer}
 */
export function decodeNextBody(body, encoding) {
  switch (encoding ?? 'identity') {
    case 'identity':
      return body;
    case 'gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      throw new Error(`cannot read a response body in content-encoding '${encoding}'`);
  }
}

/**
 * N5: roughly how many bytes of memory one cache value holds: 1 KB of bookkeeping plus its HTML
 * (two bytes a character), RSC payload, prefetch segments and route body. The field names come
 * from Next's types, so tsc fails here if a Next upgrade renames them.
 * @param {NextCacheValue | null} value
 */
export function nextCacheValueBytes(value) {
  if (!value || typeof value !== 'object') return 0;
  const { html, rscData, segmentData } = /** @type {Partial<NextAppPageValue>} */ (value);
  const { body } = /** @type {Partial<NextRouteValue>} */ (value);
  let size = 1024;
  for (const part of [html, rscData, body]) {
    if (typeof part === 'string') size += part.length * 2;
    else if (part && typeof part.byteLength === 'number') size += part.byteLength;
  }
  if (segmentData instanceof Map) for (const segment of segmentData.values()) size += segment?.byteLength ?? 0;
  return size;
}

/**
 * N5: the site path a cache key names (`/index` for home), or the key itself when it has no
 * path part, so that such a page goes with every change.
 * @param {string} key
 */
export function nextCacheKeyPath(key) {
  const match = /^\/route-cache\/[A-Z_]+\/[^/]+\/\$(\/.*)$/.exec(key);
  return match?.[1] ?? key;
}

/**
 * N3: a warning for a hostname with which Next would proxy proxy.ts's rewrites over HTTP, else undefined.
 * @param {string} hostname the server's -H
 */
export function warnLoopbackHostname(hostname) {
  const loopbackIp = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\])$/.test(hostname);
  if (!loopbackIp) return undefined;
  return `-H ${hostname}: Next would send proxy.ts rewrites (missing pages, ?tag= lists) back to this server over HTTP, and some fail under load; use -H localhost (server/next-internals.mjs, N3)`;
}
