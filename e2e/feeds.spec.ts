import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const SITE = 'https://finews.example.com';
const FUTURE_TITLE = '这篇文章定在未来发布';

/** The first post a list shows: the newest visible one. */
async function getNewest(page: Page, path: string): Promise<{ title: string; url: string }> {
  await page.goto(path);
  const link = page.locator('main article h2 a').first();
  return { title: (await link.textContent()) ?? '', url: `${SITE}${await link.getAttribute('href')}` };
}

const feeds = [
  { path: '/feed.xml', list: '/', type: 'application/atom+xml; charset=utf-8' },
  { path: '/feed.json', list: '/', type: 'application/feed+json; charset=utf-8' },
  { path: '/category/hongguan/feed.xml', list: '/category/hongguan', type: 'application/atom+xml; charset=utf-8' },
];

for (const feed of feeds) {
  test(`${feed.path} has the newest visible post and no hidden one`, async ({ page, request }) => {
    const newest = await getNewest(page, feed.list);
    const response = await request.get(feed.path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(feed.type);
    const body = await response.text();
    expect(body).toContain(newest.url);
    expect(body).toContain(newest.title);
    expect(body).not.toContain(FUTURE_TITLE);
    expect(body).not.toContain('/posts/future-post');
    if (feed.path.endsWith('.xml')) {
      // The browser's XML parser is strict: real post bodies must give a well-formed document.
      const error = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? '', body);
      expect(error).toBe('');
    }
  });
}

test('the JSON feed is JSON Feed 1.1 with absolute URLs and zoned dates', async ({ request }) => {
  const feed: unknown = await (await request.get('/feed.json')).json();
  expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', feed_url: `${SITE}/feed.json` });
  const items = typeof feed === 'object' && feed !== null && 'items' in feed && Array.isArray(feed.items) ? feed.items : [];
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(20);
  for (const item of items) {
    expect(item).toMatchObject({ url: expect.stringMatching(/^https:\/\/finews\.example\.com\/posts\//) });
    expect(item).toMatchObject({ date_published: expect.stringMatching(/T\d{2}:\d{2}:\d{2}\+08:00$/) });
  }
});

test('an unknown category has no feed', async ({ request }) => {
  expect((await request.get('/category/nope/feed.xml')).status()).toBe(404);
});

test('every page names the site feeds in its head', async ({ page }) => {
  for (const path of ['/', '/category/hongguan', '/tags/%E5%88%A9%E7%8E%87', '/posts/000_52a2a947919bd700', '/posts/no-such-post']) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', '/feed.json');
  }
});

test('the sitemap lists posts and tag pages with absolute URLs', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
  const body = await response.text();
  expect(body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect(body).toContain(`<loc>${SITE}/posts/000_52a2a947919bd700</loc>`);
  expect(body).toContain(`<loc>${SITE}/tags/%E5%88%A9%E7%8E%87</loc>`);
  expect(body).toContain(`<loc>${SITE}/category/hongguan</loc>`);
  expect(body).not.toContain('future-post');
  // Small sites have one urlset and no children.
  expect((await request.get('/sitemaps/1.xml')).status()).toBe(404);
});

test('robots.txt allows everything and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toMatch(/User-Agent: \*\s+Allow: \//i);
  expect(body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test('a new post reaches the feeds within seconds, and leaves them when deleted', async ({ request }) => {
  test.setTimeout(90_000);
  // The e2e server reads this copy of the posts (see scripts/test/e2e-server.sh).
  const file = path.join(process.cwd(), process.env.E2E_DIR ?? '.e2e', 'posts', 'feed-fresh-post.md');
  const date = new Date(Date.now() - 60_000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000');
  const has = async (url: string) => (await (await request.get(url)).text()).includes('/posts/feed-fresh-post');
  const poll = { timeout: 15_000, intervals: [250] };
  await fs.writeFile(`${file}.tmp`, `---\ntitle: "订阅源里的新快讯"\ndate: ${date}\ncategories: hongguan\n---\n<p>新快讯的正文。</p>\n`);
  await fs.rename(`${file}.tmp`, file);
  try {
    for (const url of ['/feed.xml', '/feed.json', '/category/hongguan/feed.xml']) await expect.poll(() => has(url), { ...poll, message: url }).toBe(true);
  } finally {
    await fs.rm(file, { force: true });
  }
  await expect.poll(() => has('/feed.xml'), poll).toBe(false);
});
