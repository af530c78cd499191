import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const nav = (page: Page) => page.getByRole('navigation', { name: '栏目' });
const chipRow = (page: Page) => page.getByRole('region', { name: '按标签筛选' });
const entries = (page: Page) => page.locator('main ul > li:visible');

/** Category list URLs of the sitemap: every category with visible posts, as the index sees it. */
async function sitemapCategories(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<loc>https:\/\/finews\.example\.com(\/category\/[^<]+)<\/loc>/g)].map((match) => decode(match[1] ?? ''));
}

test('the header names a few sources, in _site.yml’s order, then 全部来源', async ({ page }) => {
  await page.goto('/');
  const names = await nav(page).getByRole('link').allTextContents();
  expect(names.at(-1)).toBe('全部来源');
  expect(names.length - 1).toBeLessThanOrEqual(9);
  expect(names.slice(0, -1)).toEqual(['青岛财经网', '宏观经济', '股市动态', '理财']);
  await nav(page).getByRole('link', { name: '全部来源' }).click();
  await expect(page).toHaveURL(/\/categories$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部来源');
});

test('/categories lists every source with its count, most posts first', async ({ page }) => {
  await page.goto('/categories');
  await expect(page).toHaveTitle(/^全部来源 \| /);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://finews.example.com/categories');
  const links = page.getByRole('main').getByRole('list').getByRole('link');
  const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
  expect([...hrefs].sort()).toEqual([...(await sitemapCategories(page))].sort());
  await expect(page.getByRole('status')).toHaveText(`显示 ${hrefs.length} 个`);

  const counts = (await links.allTextContents()).map((text) => Number(/(\d+) 篇$/.exec(text)?.[1]));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(page.getByRole('link', { name: /^piliang\s*25 篇$/ })).toHaveAttribute('href', '/category/piliang');
  await expect(page.getByRole('link', { name: /^青岛财经网\s*qingdaocaijingwang\s*\d+ 篇$/ })).toBeVisible();
  // Each count is the one its list page shows.
  for (const [index, href] of hrefs.entries()) {
    const html = (await (await page.request.get(href)).text()).replace(/<!-- -->/g, '');
    expect(html, href).toContain(`共 ${counts[index]} 篇`);
  }
});

test('typing in the filter narrows the sources, by name or slug', async ({ page }) => {
  await page.goto('/categories');
  const box = page.getByRole('searchbox', { name: '按名称筛选来源' });
  const total = await entries(page).count();
  await box.fill('财经');
  await expect(entries(page)).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('显示 1 个');
  await expect(entries(page).getByRole('link')).toHaveAttribute('href', '/category/qingdaocaijingwang');
  await box.fill('PILIANG');
  await expect(entries(page).getByRole('link')).toHaveAttribute('href', '/category/piliang');
  await box.fill('');
  await expect(entries(page)).toHaveCount(total);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/categories has the whole list in its HTML', async ({ page }) => {
    await page.goto('/categories');
    expect(await entries(page).count()).toBe((await sitemapCategories(page)).length);
    await expect(page.getByRole('searchbox', { name: '按名称筛选来源' })).toBeDisabled();
  });
});

test('a list with more than 12 tags shows 12 chips and links the rest to /tags', async ({ page }) => {
  await page.goto('/');
  await expect(chipRow(page).getByRole('button')).toHaveCount(12);
  const more = chipRow(page).getByRole('link', { name: /^更多标签（\d+）$/ });
  await expect(more).toHaveAttribute('href', '/tags');
  await more.click();
  await expect(page).toHaveURL(/\/tags$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部标签');
  expect(await entries(page).count()).toBeGreaterThan(12);
  await expect(page.getByRole('link', { name: /^批量\s*25 篇$/ })).toHaveAttribute('href', '/tags/%E6%89%B9%E9%87%8F');
});

test('a selected tag beyond the first 12 stays in the chip row', async ({ page }) => {
  const rare = (p: Page) => chipRow(p).getByRole('button', { name: /^房地产\s*1 篇$/ });
  await page.goto('/');
  await expect(rare(page)).toHaveCount(0);
  await page.goto('/?tag=%E6%88%BF%E5%9C%B0%E4%BA%A7');
  await expect(rare(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(chipRow(page).getByRole('button')).toHaveCount(13);
});

test('/tags?category= lists one source’s tags, each to the filtered source', async ({ page }) => {
  await page.goto('/tags?category=qingdaocaijingwang');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('青岛财经网的标签');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://finews.example.com/tags?category=qingdaocaijingwang');
  const tag = page.getByRole('link', { name: /^青岛财经网新闻\s*\d+ 篇$/ });
  await expect(tag).toHaveAttribute('href', '/category/qingdaocaijingwang?tag=%E9%9D%92%E5%B2%9B%E8%B4%A2%E7%BB%8F%E7%BD%91%E6%96%B0%E9%97%BB');
  await page.getByRole('searchbox', { name: '筛选标签' }).fill('青岛');
  await expect(entries(page)).toHaveCount(1);
  await tag.click();
  await expect(page.locator('main > header p')).toContainText('筛选：青岛财经网新闻');
  expect((await page.request.get('/tags?category=no-such-source')).status()).toBe(404);
});

for (const path of ['/categories', '/tags', '/tags?category=qingdaocaijingwang']) {
  test(`${path} has no axe violations in either theme and does not scroll sideways at 360 px`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
}
