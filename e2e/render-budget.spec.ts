import { expect, test } from '@playwright/test';
import { STALLING_POSTS } from '../scripts/content/gen/stalling-posts.mjs';

// scripts/test/e2e-server.sh writes these into the posts folder; their bodies stall a Markdown parser.
const STALLING = STALLING_POSTS.map((post) => ({ ...post, url: `/posts/${post.name}` }));

test.describe('bodies that stall the parser', () => {
  for (const post of STALLING) {
    test(`${post.name} shows its title and excerpt with a notice, not an error`, async ({ page }) => {
      const response = await page.goto(post.url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
      // A slow body may still be rendering on the first visit; then it is shown as failed.
      const notice = page.getByRole('status').filter({ hasText: '摘要' });
      await expect(notice).toBeVisible();
      await expect(page.locator('.article-body')).toContainText(`这是“${post.title}”的摘要`);
      await expect
        .poll(async () => {
          await page.reload();
          return notice.textContent();
        }, { timeout: 20_000 })
        .toContain('无法显示');
      // Asked again, the page is the same: the failure is remembered, not rendered into an error.
      const again = await page.goto(post.url);
      expect(again?.status()).toBe(200);
      await expect(notice).toContainText('无法显示');
      await expect(page.locator('.article-body')).toContainText(`这是“${post.title}”的摘要`);
    });
  }

  test('other pages answer in full while every stalling article is asked for at once', async ({ request }) => {
    const stalled = Promise.all(STALLING.map((post) => request.get(post.url)));
    const [home, article, list] = await Promise.all([request.get('/'), request.get('/posts/bom'), request.get('/category/geshi-zuse')]);
    expect(home.status()).toBe(200);
    expect(article.status()).toBe(200);
    const html = await article.text();
    expect(html).toContain('照样应当正常显示');
    expect(html).not.toContain('这里只显示摘要');
    expect(list.status()).toBe(200);
    for (const post of STALLING) expect(await list.text()).toContain(post.title);
    for (const response of await stalled) expect(response.status()).toBe(200);
  });
});
