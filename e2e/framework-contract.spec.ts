import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { NEXT_MISSING_PATH } from '../server/next-internals.mjs';
import { hashOf, inlineScripts, scriptSrc } from './page-scripts';

// The assumptions about Next.js internals listed in server/next-internals.mjs (N1–N7), checked on
// the production server. Every failure message names the assumption that broke.
const CONTRACT = 'server/next-internals.mjs';
const ARTICLE = '/posts/000_52a2a947919bd700';
const PAGES: Record<string, string> = { home: '/', list: '/category/qingdaocaijingwang', article: ARTICLE, '404': '/posts/no-such-post' };
// The e2e server reads this copy of the posts (see scripts/test/e2e-server.sh).
const postsDir = path.resolve(process.env.E2E_DIR ?? '.e2e', 'posts');

/** Where Next says the answer came from: MISS (rendered now), HIT or STALE (from the cache handler). */
function cacheStatus(response: APIResponse): string {
  const status = response.headers()['x-nextjs-cache'];
  expect(status, `N5 (${CONTRACT}): Next no longer sends x-nextjs-cache, so this spec cannot see whether ${response.url()} came from server/next-cache-handler.mjs`).toBeDefined();
  return status ?? '';
}

async function getPage(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers, failOnStatusCode: false, maxRedirects: 0 });
  return { response, text: await response.text() };
}

test.describe('N1, N2: every inline script Next writes is hashed in the page’s own script-src', () => {
  for (const [kind, url] of Object.entries(PAGES)) {
    test(`${kind} page ${url}`, async ({ request }) => {
      // Each encoding Next's compression may write, and each page twice: rendered, then from the cache.
      for (const encoding of ['identity', 'gzip', 'deflate']) {
        for (const round of ['first', 'second']) {
          const { response, text } = await getPage(request, url, { 'accept-encoding': encoding });
          const where = `${url} (${encoding}, ${round} request, x-nextjs-cache ${response.headers()['x-nextjs-cache']})`;
          expect(response.headers()['content-type'], where).toMatch(/^text\/html/);
          const directive = scriptSrc(response.headers()['content-security-policy']);
          expect(directive, `N2 (${CONTRACT}): ${where} went out without a script-src: Next no longer writes its pages through the ServerResponse methods server/next-response-patch.mjs holds back`).not.toBe('');
          const scripts = inlineScripts(text);
          expect(scripts.length, `N1 (${CONTRACT}): ${where} has no inline script of Next's besides the theme script: if Next no longer inlines its flight data, N1 is out of date`).toBeGreaterThan(1);
          for (const script of scripts) {
            expect(directive, `N1 (${CONTRACT}): an inline script on ${where} has no hash in script-src, so browsers block it and the page does not hydrate; has Next changed the shape of its inline scripts? ${script.slice(0, 120)}`).toContain(hashOf(script));
          }
        }
      }
    });
  }

  test('a 304 for a page the browser has carries no script-src of an empty body', async ({ request }) => {
    const { response } = await getPage(request, ARTICLE);
    const etag = response.headers()['etag'];
    if (!etag) {
      test.info().annotations.push({ type: 'note', description: 'Next sent no ETag, so there is no 304 to check' });
      return;
    }
    const again = await request.get(ARTICLE, { headers: { 'if-none-match': etag }, failOnStatusCode: false });
    expect(again.status(), `N2 (${CONTRACT}): a matching ETag no longer gets a 304`).toBe(304);
    expect(scriptSrc(again.headers()['content-security-policy']), `N2 (${CONTRACT}): the 304 for ${ARTICLE} carries a script-src; browsers would store it in place of the page's own`).toBe('');
  });
});

test.describe('N4: a missing page is a 404 with the site’s not-found page, not an empty body', () => {
  for (const url of ['/posts/no-such-post', '/category/no-such-category', NEXT_MISSING_PATH]) {
    test(url, async ({ request }) => {
      const { response, text } = await getPage(request, url);
      const broke = `N4 (${CONTRACT}): ${url} ${url === NEXT_MISSING_PATH ? 'is the path proxy.ts rewrites missing pages to' : 'goes through proxy.ts to ' + NEXT_MISSING_PATH}`;
      expect(response.status(), `${broke}; it must answer 404 (has a route been made there, or does Next answer unmatched rewrites differently?)`).toBe(404);
      expect(response.headers()['content-type'], broke).toMatch(/^text\/html/);
      expect(text.length, `${broke}; Next answered it with an empty body`).toBeGreaterThan(0);
      expect(text, `${broke}; the answer is not app/not-found.tsx in the root layout`).toContain('<html lang="zh-CN"');
      expect(text, `${broke}; the answer is not app/not-found.tsx in the root layout`).toMatch(/<h1[^>]*>页面不存在<\/h1>/);
      expect(text, `${broke}; the not-found page is cut short`).toMatch(/<\/html>\s*$/);
    });
  }
});

test.describe('N5: the cache handler keeps what Next gives it, and Next serves what it answers', () => {
  test('a page is kept and served from the cache, and shared caches are told to ask again after a second', async ({ request }) => {
    const url = '/posts/jiuye';
    // A change to the posts folder (another spec's) may drop the page in between: then try again.
    let second = '';
    for (let attempt = 0; attempt < 3 && !/^(HIT|STALE)$/.test(second); attempt++) {
      await getPage(request, url);
      second = cacheStatus((await getPage(request, url)).response);
    }
    expect(second, `N5 (${CONTRACT}): ${url} asked for twice in a row was not served from server/next-cache-handler.mjs the second time: Next no longer calls set() and get() with the same key, or no longer takes get()'s { value, lastModified }`).toMatch(/^(HIT|STALE)$/);
    // Kept until a change touches it: a second and a half later it is still a hit, not made again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { response } = await getPage(request, url);
    expect(cacheStatus(response)).toBe('HIT');
    expect(response.headers()['cache-control'], `N2 (${CONTRACT}): Next no longer sets Cache-Control with setHeader(), so server/cache-control.mjs did not cut s-maxage for shared caches`).toMatch(/^s-maxage=1, stale-while-revalidate=\d+$/);
  });

  test('a page cached before a change to it is not served after the change, and a page the change does not touch stays cached', async ({ request }) => {
    test.setTimeout(60_000);
    const slug = 'framework-contract-probe';
    const file = path.join(postsDir, `${slug}.md`);
    const poll = { timeout: 15_000, intervals: [250] };
    const write = async (title: string) => {
      await fs.writeFile(`${file}.tmp`, `---\ntitle: "${title}"\ndate: 2001-01-01 08:00:00 +0800\ncategories: hongguan\n---\n<p>${title}的正文。</p>\n`);
      await fs.rename(`${file}.tmp`, file);
    };
    const found = async (title: string) => {
      const answer = await request.get(`/api/search?q=${encodeURIComponent(title)}`);
      const { items } = (await answer.json()) as { items: { title: string; url: string }[] };
      return items.some((item) => item.title === title && item.url.endsWith(`/posts/${slug}`));
    };
    // Another source's article, cached before the edit: the edit does not touch it.
    const elsewhere = '/posts/qingdao-waimao';
    try {
      await write('框架约定探针第一版');
      await expect.poll(async () => (await getPage(request, `/posts/${slug}`)).text.includes('框架约定探针第一版'), { ...poll, message: 'the probe post never appeared' }).toBe(true);
      await expect
        .poll(async () => cacheStatus((await getPage(request, `/posts/${slug}`)).response), { ...poll, message: `N5 (${CONTRACT}): the probe post is never served from the cache` })
        .toMatch(/^(HIT|STALE)$/);

      await expect.poll(async () => cacheStatus((await getPage(request, elsewhere)).response), poll).toMatch(/^(HIT|STALE)$/);

      await write('框架约定探针第二版');
      // The index has the new version once search finds it; the page cache was told at the same moment.
      await expect.poll(() => found('框架约定探针第二版'), { ...poll, message: 'the index never saw the edit' }).toBe(true);
      const { response, text } = await getPage(request, `/posts/${slug}`);
      const status = cacheStatus(response);
      expect(
        text.includes('框架约定探针第二版') && status === 'MISS',
        `N5 (${CONTRACT}): the first answer after the edit came from the cache (x-nextjs-cache ${status}, ${text.includes('框架约定探针第一版') ? 'old' : 'new'} version): server/next-cache-handler.mjs did not drop the page made before the change. Does the handler still run in the pages' process and see lib/freshness.mjs's tag clock, and does Next still call get() before serving?`,
      ).toBe(true);
      const kept = cacheStatus((await getPage(request, elsewhere)).response);
      expect(
        kept,
        `N5 (${CONTRACT}): ${elsewhere}, which the edit does not touch, was made again after it: cache keys no longer carry the page's path (nextCacheKeyPath), so every page carries the tag every change drops`,
      ).toMatch(/^(HIT|STALE)$/);
    } finally {
      await fs.rm(file, { force: true });
      await fs.rm(`${file}.tmp`, { force: true });
    }
    await expect.poll(async () => (await getPage(request, `/posts/${slug}`)).response.status(), poll).toBe(404);
  });
});

test('N3: the rewrites and redirects the site relies on hold under load (200 requests, 20 at a time)', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  // rewrite: where proxy.ts sends the request; Next reports it in x-middleware-rewrite, a bare path when
  // it rewrites internally, a whole URL when it proxies the request to itself over HTTP.
  type Case = { url: string; status: number; rewrite?: string; location?: string; text?: string | RegExp };
  const cases: Case[] = [
    // proxy.ts rewrites to NEXT_MISSING_PATH (N4).
    { url: '/posts/no-such-post', status: 404, rewrite: NEXT_MISSING_PATH, text: /<h1[^>]*>页面不存在<\/h1>/ },
    { url: '/category/hongguan/page/99', status: 404, rewrite: NEXT_MISSING_PATH, text: /<h1[^>]*>页面不存在<\/h1>/ },
    // proxy.ts rewrites a list with ?tag= to /filtered.
    { url: '/?tag=%E5%88%A9%E7%8E%87', status: 200, rewrite: '/filtered', text: '筛选：利率' },
    // Redirects: page 1 of a list, a legacy category page, a legacy Jekyll post URL.
    { url: '/page/1', status: 308, location: '/' },
    { url: '/category/qingdaocaijingwang.html', status: 308, location: '/category/qingdaocaijingwang' },
    { url: '/qingdaocaijingwang/2022/04/24/000_52a2a947919bd700.html', status: 308, location: ARTICLE },
    // proxy.ts answers broken percent-encoding itself.
    { url: '/tags/%E0%A4%A', status: 400 },
  ];
  const total = 200;
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const wanted = cases[next++ % cases.length]!;
      try {
        const response = await request.get(wanted.url, { failOnStatusCode: false, maxRedirects: 0, timeout: 30_000 });
        const text = await response.text();
        const location = response.headers()['location'];
        const rewrite = response.headers()['x-middleware-rewrite'];
        const problems = [
          response.status() !== wanted.status && `status ${response.status()}`,
          rewrite !== undefined && !rewrite.startsWith('/') && `proxied over HTTP to ${rewrite}`,
          wanted.rewrite !== undefined && rewrite !== undefined && new URL(rewrite, baseURL).pathname !== wanted.rewrite && `rewritten to ${rewrite}`,
          wanted.location !== undefined && (location === undefined ? 'no location' : new URL(location, baseURL).pathname !== wanted.location && `location ${location}`),
          wanted.text !== undefined && !(typeof wanted.text === 'string' ? text.includes(wanted.text) : wanted.text.test(text)) && `body without ${wanted.text}`,
        ].filter(Boolean);
        if (problems.length > 0) failures.push(`${wanted.url}: ${problems.join(', ')}`);
      } catch (error) {
        failures.push(`${wanted.url}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 20 }, worker));
  const shown = failures.length > 10 ? [...failures.slice(0, 10), `… and ${failures.length - 10} more`] : failures;
  expect(
    shown,
    `N3 (${CONTRACT}): ${failures.length} of ${total} requests went wrong under load. A rewrite "proxied over HTTP", or a 500, is Next sending proxy.ts's rewrites to itself over HTTP: is the server on -H localhost, and does Next still take a rewrite to localhost as internal?`,
  ).toEqual([]);
});
