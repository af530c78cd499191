import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = ['/', '/category/qingdaocaijingwang', '/tags/%E5%88%A9%E7%8E%87', '/posts/000_52a2a947919bd700', '/posts/qingdao-waimao', '/posts/no-such-post'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of pages) {
      test(`${decodeURIComponent(path)} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('the article page can be used from the keyboard with a visible focus ring', async ({ page }) => {
  await page.goto('/posts/000_52a2a947919bd700');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const element = document.activeElement;
    return element ? getComputedStyle(element).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
});
