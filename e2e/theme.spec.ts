import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/posts/000_52a2a947919bd700';

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));
const bodyFontSize = (page: Page) => page.locator('.article-body').evaluate((body) => getComputedStyle(body).fontSize);

test('the theme and font-size script is inline in <head>, ahead of any body content', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = html.indexOf('finews-theme');
  expect(script).toBeGreaterThan(-1);
  expect(script).toBeLessThan(html.indexOf('</head>'));
  expect(script).toBeLessThan(html.indexOf('<body'));
  // Inline and parser-blocking: no src, async or defer on the tag that holds it.
  const tag = html.slice(html.lastIndexOf('<script', script), script);
  expect(tag).toMatch(/^<script>/);
});

test('dark mode chosen by hand persists across a reload, dark from the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  expect(await isDark(page)).toBe(false);
  const toggle = page.getByRole('button', { name: '深色模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await isDark(page)).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('finews-theme'))).toBe('dark');

  // Record the class at the moment <body> is first parsed, before any paint or hydration.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      document.documentElement.dataset.darkAtBody = String(document.documentElement.classList.contains('dark'));
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.darkAtBody)).toBe('true');
  expect(await isDark(page)).toBe(true);
  await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
});

test('with no stored choice the page follows the system, also when it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await isDark(page)).toBe(true);
  await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => isDark(page)).toBe(false);
  await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'false');
});

test('a larger font size persists across a reload and changes the article body', async ({ page }) => {
  await page.goto(ARTICLE);
  expect(await bodyFontSize(page)).toBe('17px');
  await page.getByRole('button', { name: '放大字号' }).click();
  await expect.poll(() => bodyFontSize(page)).toBe('18px');
  await page.reload();
  expect(await bodyFontSize(page)).toBe('18px');

  const larger = page.getByRole('button', { name: '放大字号' });
  // Steps 15, 16, 17, 18, 20, 22 px: two more steps up is the largest.
  for (let i = 0; i < 2; i += 1) await larger.click();
  await expect(larger).toBeDisabled();
  expect(await bodyFontSize(page)).toBe('22px');
  const smaller = page.getByRole('button', { name: '缩小字号' });
  for (let i = 0; i < 5; i += 1) await smaller.click();
  await expect(smaller).toBeDisabled();
  expect(await bodyFontSize(page)).toBe('15px');
});

test('the header stays on screen at the bottom of a long article', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(ARTICLE);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(page.getByRole('banner')).toBeInViewport();
  await expect(page.getByRole('button', { name: '放大字号' })).toBeInViewport();
});

for (const width of [320, 360]) {
  test(`at ${width} px nothing scrolls sideways and every header control is a 44 px target`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const path of ['/', ARTICLE]) {
      await page.goto(path);
      const header = page.getByRole('banner');
      const targets = [...(await header.getByRole('button').all()), header.getByRole('link').first()];
      expect(targets.length).toBe(4);
      for (const target of targets) {
        await expect(target).toBeInViewport({ ratio: 1 });
        const box = await target.boundingBox();
        expect(box?.height).toBeGreaterThanOrEqual(44);
        expect(box?.width).toBeGreaterThanOrEqual(44);
      }
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    }
  });
}

test('the skip link appears on the first Tab and leads to the main content', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  const box = await skip.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  const outline = await skip.evaluate((link) => getComputedStyle(link).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the header controls work from the keyboard', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: '放大字号' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => bodyFontSize(page)).toBe('18px');
  await page.getByRole('button', { name: '深色模式' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => isDark(page)).toBe(true);
});
