import { expect, test } from '@playwright/test';

const missing = [
  '/posts/no-such-post',
  '/category/no-such-category',
  '/tags/%E4%B8%8D%E5%AD%98%E5%9C%A8',
  '/page/999',
  '/page/abc',
  '/category/hongguan/page/99',
  '/tags/%E5%88%A9%E7%8E%87/page/9',
  '/no/such/path',
  // Hidden posts: one dated in 2099, one with published: false.
  '/posts/future-post',
  '/posts/draft-post',
  '/tags/%E6%9C%AA%E6%9D%A5%E6%A0%87%E7%AD%BE',
];

for (const path of missing) {
  test(`${decodeURIComponent(path)} is a real 404 with a way home`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: '返回首页' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}

test('a malformed URL is a 400, not a server error', async ({ request }) => {
  const response = await request.get('/tags/%E0%A4%A');
  expect(response.status()).toBe(400);
});

test('the legacy category URL redirects permanently', async ({ request }) => {
  const response = await request.get('/category/qingdaocaijingwang.html', { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers().location).toMatch(/\/category\/qingdaocaijingwang$/);
});

test('hidden and broken posts are left out of every list', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '这篇文章定在未来发布' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: '尚未发布的草稿' })).toHaveCount(0);
  await expect(main.getByText('这篇文章的前置信息写坏了')).toHaveCount(0);
  await page.goto('/category/hongguan');
  await expect(main.getByRole('link', { name: '尚未发布的草稿' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/posts/no-such-post', '/category/hongguan/page/99', '/no/such/path', '/page/2?tag=%E4%B8%8D%E5%AD%98%E5%9C%A8']) {
    test(`${decodeURIComponent(path)} still shows the 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    });
  }
});
