import { expect, test } from '@playwright/test';

test('a post full of script payloads renders its text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto('/posts/xss-sample');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("<script>alert('title')</script>标题里的标记应当原样显示");
  const body = page.locator('.article-body');
  await expect(body.getByText('正文开头是一段正常的文字。')).toBeVisible();
  await expect(body.getByText('正文结尾也是正常文字。')).toBeVisible();
  await expect(body.locator('script, iframe, svg, [onerror], [onload], [style]')).toHaveCount(0);
  for (const link of await body.locator('a').all()) {
    expect(await link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  }
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('external body links open in a new tab; legacy links stay on the site', async ({ page }) => {
  await page.goto('/posts/jiuye');
  const external = page.locator('.article-body a[href^="https://www.stats.gov.cn"]');
  await expect(external).toHaveAttribute('target', '_blank');
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(page.locator('.article-body a[href*="withounder"]')).toHaveCount(0);
});

test('body images load lazily without sending a referrer', async ({ page }) => {
  await page.goto('/posts/agu-bankuai');
  const image = page.locator('.article-body img').first();
  await expect(image).toHaveAttribute('loading', 'lazy');
  await expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(image).toHaveAttribute('alt', '走势图');
});
