import { expect, test } from '@playwright/test';

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
  test(`type in the header box → results → open one (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const box = page.getByRole('combobox', { name: '搜索文章' });
    await box.fill('小微企业');
    const list = page.getByRole('listbox', { name: '搜索结果' });
    await expect(list.getByRole('option').first()).toBeVisible();
    await expect(list.locator('mark').first()).toHaveText(/小微/);
    await box.press('ArrowDown');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    const title = await list.getByRole('option').first().locator('span').first().textContent();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/posts\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  });
}

test('Esc closes the suggestions; Enter without a choice opens the results page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '搜索文章' });
  await box.fill('GDP');
  await expect(page.getByRole('listbox', { name: '搜索结果' })).toBeVisible();
  await box.press('Escape');
  await expect(page.getByRole('listbox', { name: '搜索结果' })).toBeHidden();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=GDP$/);
  await expect(page.getByText(/找到 \d+ 篇与“GDP”相关的文章/)).toBeVisible();
});

test('a post added to the folder is found without a restart', async ({ request }) => {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const file = path.join(process.cwd(), process.env.E2E_DIR ?? '.e2e', 'posts', 'search-fresh.md');
  await fs.writeFile(file, '---\ntitle: "独一无二的搜索测试词条"\ndate: 2024-01-02 10:00:00 +0800\ncategories: hongguan\n---\n<p>正文里有冷门词汇：鹦鹉螺。</p>\n');
  await expect.poll(async () => (await (await request.get('/api/search?q=%E9%B9%A6%E9%B9%89%E8%9E%BA')).json()).total, { timeout: 15_000 }).toBe(1);
  await fs.rm(file);
  await expect.poll(async () => (await (await request.get('/api/search?q=%E9%B9%A6%E9%B9%89%E8%9E%BA')).json()).total, { timeout: 15_000 }).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/search?q=小微 renders results on the server', async ({ page }) => {
    await page.goto('/search?q=%E5%B0%8F%E5%BE%AE');
    await expect(page.getByText(/找到 \d+ 篇与“小微”相关的文章/)).toBeVisible();
    const first = page.getByRole('main').locator('ol > li').first();
    await expect(first.locator('mark').first()).toHaveText('小微');
    await expect(first.locator('time')).toBeVisible();
  });

  test('the header form submits to the results page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: '搜索文章' }).fill('利率');
    await page.getByRole('combobox', { name: '搜索文章' }).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=%E5%88%A9%E7%8E%87$/);
    await expect(page.getByText(/找到 \d+ 篇与“利率”相关的文章/)).toBeVisible();
  });

  for (const query of ['', '*', '"', '%', '😀', '<script>alert(1)</script>', '小'.repeat(300)]) {
    test(`odd query ${JSON.stringify(query.slice(0, 20))} gives a clear page`, async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText(/请输入要搜索的关键词|没有找到与|找到 \d+ 篇/).first()).toBeVisible();
      await expect(page.locator('main script')).toHaveCount(0);
    });
  }
});
