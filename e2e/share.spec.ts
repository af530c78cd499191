import { expect, test } from '@playwright/test';

const SEED = '/posts/000_52a2a947919bd700';
const CANONICAL = 'https://finews.example.com/posts/000_52a2a947919bd700';

test('分享 copies the canonical URL when the browser has no share sheet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto(`${SEED}?utm_source=wechat&from=timeline`);
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
});

test('分享 uses the Web Share API where there is one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto(SEED);
  await page.getByRole('button', { name: '分享' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(CANONICAL);
});

test('微信 shows a locally drawn QR code', async ({ page }) => {
  const remote: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) remote.push(request.url());
  });
  await page.goto(SEED);
  const qr = page.getByRole('img', { name: '本文链接的二维码' });
  await expect(qr).toBeHidden();
  await page.getByText('微信', { exact: true }).click();
  await expect(qr).toBeVisible();
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+/);
  expect(remote).toEqual([]);
});

test('link-preview meta and JSON-LD carry absolute URLs and the +08:00 date', async ({ page }) => {
  await page.goto(`${SEED}?utm_source=x`);
  const meta = async (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
  expect(await meta('og:title')).toBe('精耕致远：数禾科技在疫情之下穿越周期的数字小微力量');
  expect(await meta('og:url')).toBe(CANONICAL);
  expect(await meta('og:type')).toBe('article');
  expect(await meta('og:site_name')).toBe('财经新闻');
  expect(await meta('og:locale')).toBe('zh_CN');
  expect(await meta('og:description')).toMatch(/^从街边小摊贩到1亿大军/);
  expect(await meta('article:published_time')).toBe('2022-04-24T16:31:15+08:00');
  expect(await meta('article:section')).toBe('青岛财经网');
  expect(await meta('article:tag')).toBe('青岛财经网新闻');
  expect(await meta('twitter:card')).toBe('summary_large_image');
  expect(await meta('og:image')).toMatch(/^https:\/\/finews\.example\.com\/posts\/000_52a2a947919bd700\/opengraph-image/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', CANONICAL);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    headline: '精耕致远：数禾科技在疫情之下穿越周期的数字小微力量',
    datePublished: '2022-04-24T16:31:15+08:00',
    articleSection: '青岛财经网',
    keywords: '青岛财经网新闻',
    publisher: { name: '财经新闻' },
  });
});
