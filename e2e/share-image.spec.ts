import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const SEED = '/posts/000_52a2a947919bd700';
const CHINESE = `/posts/${encodeURIComponent('中文网址')}`;

async function readShareImageUrl(page: Page, path: string): Promise<URL> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const content = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(content, `${path} has an og:image`).toBeTruthy();
  // Absolute, on the site's own address; the server under test only answers the path.
  const url = new URL(content ?? '');
  expect(url.origin).toBe('https://finews.example.com');
  return url;
}

async function fetchPng(request: APIRequestContext, url: URL): Promise<{ width: number; height: number; body: Buffer }> {
  const response = await request.get(url.pathname + url.search);
  expect(response.status(), `${url.pathname} answers`).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const body = await response.body();
  expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(body.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20), body };
}

test('an article names its share image, a 1200×630 PNG', async ({ page, request }) => {
  const url = await readShareImageUrl(page, SEED);
  expect(url.pathname).toMatch(/^\/posts\/000_52a2a947919bd700\/opengraph-image/);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[property="og:image:type"]')).toHaveAttribute('content', 'image/png');

  const image = await fetchPng(request, url);
  expect([image.width, image.height]).toEqual([1200, 630]);
});

test('an unknown article has no share image', async ({ page, request }) => {
  const url = await readShareImageUrl(page, SEED);
  const missing = url.pathname.replace('/000_52a2a947919bd700/', '/no-such-post/');
  expect(missing).not.toBe(url.pathname);
  const response = await request.get(missing + url.search);
  expect(response.status()).toBe(404);
});

test('a post with a Chinese address gets its own share image', async ({ page, request }) => {
  const url = await readShareImageUrl(page, CHINESE);
  expect(decodeURIComponent(url.pathname)).toMatch(/^\/posts\/中文网址\/opengraph-image/);
  const image = await fetchPng(request, url);
  expect([image.width, image.height]).toEqual([1200, 630]);

  const seed = await fetchPng(request, await readShareImageUrl(page, SEED));
  expect(image.body.equals(seed.body)).toBe(false);
});
