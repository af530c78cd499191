import { expect, test } from '@playwright/test';

const SEED_TITLE = '精耕致远：数禾科技在疫情之下穿越周期的数字小微力量';

test('home → category → article → back to the list', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible();
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();

  await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '青岛财经网' }).click();
  await expect(page).toHaveURL(/\/category\/qingdaocaijingwang$/);
  await expect(page.getByRole('heading', { level: 1, name: '青岛财经网' })).toBeVisible();
  await expect(page.getByText(/共 \d+ 篇/)).toBeVisible();

  await page.getByRole('link', { name: SEED_TITLE }).click();
  await expect(page).toHaveURL(/\/posts\/000_52a2a947919bd700$/);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/category\/qingdaocaijingwang$/);
  await expect(page.getByRole('heading', { level: 1, name: '青岛财经网' })).toBeVisible();
});

test('the seed article shows its title, date, category, source and working nav links', async ({ page }) => {
  await page.goto('/posts/000_52a2a947919bd700');
  await expect(page).toHaveTitle(new RegExp(SEED_TITLE));
  const article = page.locator('article');
  await expect(article.locator('time').first()).toHaveText('2022年4月24日 16:31');
  await expect(article.locator('time').first()).toHaveAttribute('datetime', '2022-04-24T16:31:15+08:00');
  await expect(article.getByRole('link', { name: '青岛财经网', exact: true }).first()).toHaveAttribute('href', '/category/qingdaocaijingwang');
  await expect(article.getByText('（文章来源：青岛财经网）')).toBeVisible();

  const source = page.getByRole('complementary', { name: '原文链接' });
  const sourceLink = source.getByRole('link', { name: /finews\.zning\.xyz/ });
  await expect(sourceLink).toHaveAttribute('href', 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202204242355235057');
  await expect(sourceLink).toHaveAttribute('target', '_blank');
  await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(source.getByText('http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202204242355235057')).toBeVisible();
  // The source URL is shown once, in its block, not again in the body.
  await expect(page.locator('.article-body a[href*="finews.zning.xyz"]')).toHaveCount(0);

  await page.locator('.article-body').getByRole('link', { name: '返回青岛财经网新闻' }).click();
  await expect(page).toHaveURL(/\/category\/qingdaocaijingwang$/);
  await page.goBack();
  await page.locator('.article-body').getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible();
});

test('an article links to its neighbours in the same category', async ({ page }) => {
  await page.goto('/posts/000_52a2a947919bd700');
  const neighbours = page.getByRole('navigation', { name: '相邻文章' });
  const links = neighbours.getByRole('link');
  await expect(links.first()).toBeVisible();
  await links.first().click();
  await expect(page).toHaveURL(/\/posts\//);
  await expect(page.locator('article').getByRole('link', { name: '青岛财经网', exact: true }).first()).toBeVisible();
});

test('a Chinese tag page works when reached by a link and when typed in', async ({ page }) => {
  await page.goto('/posts/000_52a2a947919bd700');
  await page.locator('article').getByRole('link', { name: '#青岛财经网新闻' }).first().click();
  await expect(page).toHaveURL(/\/tags\/%E9%9D%92%E5%B2%9B%E8%B4%A2%E7%BB%8F%E7%BD%91%E6%96%B0%E9%97%BB$/);
  await expect(page.getByRole('heading', { level: 1, name: '标签：青岛财经网新闻' })).toBeVisible();
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();

  const typed = await page.goto('/tags/利率');
  expect(typed?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: '标签：利率' })).toBeVisible();
});

test('titles with markup and entities show as plain text', async ({ page }) => {
  await page.goto('/category/licai');
  await expect(page.getByRole('link', { name: '什么是<b>结构性</b>存款' })).toBeVisible();
  await expect(page.getByRole('link', { name: '利率 & 汇率：双向波动下的理财选择' })).toBeVisible();
});

test('every page has its own title, description and canonical URL', async ({ page }) => {
  const pages: { path: string; canonical: string | RegExp }[] = [
    { path: '/', canonical: /^https:\/\/finews\.example\.com\/?$/ },
    { path: '/category/hongguan', canonical: 'https://finews.example.com/category/hongguan' },
    { path: '/tags/%E5%88%A9%E7%8E%87', canonical: 'https://finews.example.com/tags/%E5%88%A9%E7%8E%87' },
    { path: '/posts/jiuye', canonical: 'https://finews.example.com/posts/jiuye' },
  ];
  const titles = new Set<string>();
  for (const { path, canonical } of pages) {
    await page.goto(path);
    titles.add(await page.title());
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
  }
  expect(titles.size).toBe(pages.length);
});

test('a date-only post shows the day without a time', async ({ page }) => {
  await page.goto('/posts/jiuye');
  await expect(page.locator('article time').first()).toHaveText('2022年9月1日');
});

test('a post whose slug is Chinese opens by link and when typed in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '文件名是中文的文章也有可用的网址' }).click();
  await expect(page).toHaveURL(/\/posts\/%E4%B8%AD%E6%96%87%E7%BD%91%E5%9D%80$/);
  await expect(page.getByRole('heading', { level: 1, name: '文件名是中文的文章也有可用的网址' })).toBeVisible();
  const typed = await page.goto('/posts/中文网址');
  expect(typed?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: '文件名是中文的文章也有可用的网址' })).toBeVisible();
});
