import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const paths = ['/', '/category/qingdaocaijingwang', '/tags/%E5%88%A9%E7%8E%87', '/posts/000_52a2a947919bd700', '/posts/qingdao-waimao', '/posts/no-such-post'];

for (const path of paths) {
  test(`${decodeURIComponent(path)} does not scroll sideways at 360 px`, async ({ page }) => {
    await page.goto(path);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
}
