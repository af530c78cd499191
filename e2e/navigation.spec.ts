import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 } });

test('返回 goes back to the same list page, filter and scroll position', async ({ page }) => {
  await page.goto('/page/2?tag=%E6%89%B9%E9%87%8F');
  await page.evaluate(() => window.scrollTo(0, 500));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(500);
  const link = page.locator('main ol > li h2 a').nth(3);
  await link.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await link.click();
  await expect(page).toHaveURL(/\/posts\//);
  await page.getByRole('link', { name: /^← 返回/ }).click();
  await expect(page).toHaveURL(/\/page\/2\?tag=%E6%89%B9%E9%87%8F$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最新文章 · 第 2 页');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 40);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 40);
});

test('a reader who arrived by a shared link goes back to the category', async ({ page }) => {
  await page.goto('/posts/jiuye');
  await page.getByRole('link', { name: /^← 返回/ }).click();
  await expect(page).toHaveURL(/\/category\/hongguan$/);
});

test('lists, articles and rewritten legacy links move client-side', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('link', { name: '精耕致远：数禾科技在疫情之下穿越周期的数字小微力量' }).click();
  await expect(page).toHaveURL(/\/posts\/000_52a2a947919bd700$/);
  await page.locator('.article-body').getByRole('link', { name: '返回青岛财经网新闻' }).click();
  await expect(page).toHaveURL(/\/category\/qingdaocaijingwang$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('external links are marked by an arrow outside their text and open in a new tab', async ({ page }) => {
  await page.goto('/posts/jiuye');
  const link = page.locator('.article-body a[target="_blank"]').first();
  await expect(link).toHaveAttribute('href', /www\.stats\.gov\.cn/);
  await expect(link).not.toContainText('stats.gov.cn');
  expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toContain('↗');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
});

test('old Jekyll permalinks and redirect_from paths redirect permanently', async ({ request }) => {
  const cases = [
    ['/qingdaocaijingwang/2022/04/24/000_52a2a947919bd700.html', '/posts/000_52a2a947919bd700'],
    ['/old/moved.html', '/posts/moved-post'],
    [`/${encodeURIComponent('旧栏目')}/${encodeURIComponent('换过地址')}.html`, '/posts/moved-post'],
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from ?? '', { maxRedirects: 0 });
    expect([301, 308], from).toContain(response.status());
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(to);
  }
  expect((await request.get('/hongguan/2099/01/01/future-post.html', { maxRedirects: 0 })).status()).toBe(404);
});
