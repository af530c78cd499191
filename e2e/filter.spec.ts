import { expect, test, type Page } from '@playwright/test';

const summary = (page: Page) => page.locator('main > header p');
const chip = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}\\s*\\d+ 篇$`) });

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('filter → URL → list → reload → Back, without a full reload', async ({ page }) => {
      await page.goto('/');
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      await chip(page, '利率').click();
      await expect(page).toHaveURL(/\/\?tag=%E5%88%A9%E7%8E%87$/);
      await expect(summary(page)).toHaveText('筛选：利率 · 共 4 篇');
      await expect(chip(page, '利率')).toHaveAttribute('aria-pressed', 'true');

      await chip(page, '基金').click();
      await expect(page).toHaveURL(/tag=%E5%88%A9%E7%8E%87&tag=%E5%9F%BA%E9%87%91$/);
      await expect(summary(page)).toHaveText('筛选：利率、基金 · 共 2 篇');
      for (const title of await page.locator('main ol > li h2').allTextContents()) {
        expect(['利率 & 汇率：双向波动下的理财选择', '低利率时代 基金定投还值得坚持吗？']).toContain(title);
      }
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

      await page.reload();
      await expect(summary(page)).toHaveText('筛选：利率、基金 · 共 2 篇');
      await page.goBack();
      await expect(page).toHaveURL(/\/\?tag=%E5%88%A9%E7%8E%87$/);
      await expect(summary(page)).toHaveText('筛选：利率 · 共 4 篇');
      await page.goForward();
      await expect(summary(page)).toHaveText('筛选：利率、基金 · 共 2 篇');

      await page.getByRole('link', { name: '清除筛选' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(summary(page)).toHaveText(/^共 \d+ 篇$/);
    });
  });
}

test('the filter covers the whole list and pagination keeps it', async ({ page }) => {
  await page.goto('/tags/%E6%89%B9%E9%87%8F');
  await expect(summary(page)).toHaveText('共 25 篇');
  await chip(page, '单数').click();
  await expect(summary(page)).toHaveText('筛选：单数 · 共 13 篇');
  await expect(page.getByRole('navigation', { name: '分页' })).toHaveCount(0);

  await page.goto('/?tag=%E6%89%B9%E9%87%8F');
  await expect(summary(page)).toHaveText('筛选：批量 · 共 25 篇');
  await expect(page.locator('main ol > li')).toHaveCount(20);
  await page.getByRole('link', { name: '下一页 →' }).click();
  await expect(page).toHaveURL(/\/page\/2\?tag=%E6%89%B9%E9%87%8F$/);
  await expect(page.locator('main ol > li')).toHaveCount(5);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最新文章 · 第 2 页');
});

test('chips are most used first and keyboard operable', async ({ page }) => {
  await page.goto('/category/qingdaocaijingwang');
  const names = await page.getByRole('region', { name: '按标签筛选' }).getByRole('button').allTextContents();
  expect(names[0]).toMatch(/^青岛财经网新闻/);
  await chip(page, '消费').focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?tag=%E6%B6%88%E8%B4%B9$/);
  await expect(summary(page)).toContainText('筛选：消费');
  await chip(page, '消费').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/qingdaocaijingwang$/);
});

test('a filtered view points its canonical at the unfiltered list', async ({ page }) => {
  await page.goto('/category/licai?tag=%E5%88%A9%E7%8E%87&utm_source=wechat');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://finews.example.com/category/licai');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('chips are links and the server renders the filtered list', async ({ page }) => {
    await page.goto('/');
    await chip(page, '利率').click();
    await expect(page).toHaveURL(/\?tag=%E5%88%A9%E7%8E%87$/);
    await expect(summary(page)).toHaveText('筛选：利率 · 共 4 篇');
  });
});
