import { expect, test } from '@playwright/test';

for (const path of ['/', '/posts/000_52a2a947919bd700', '/search?q=%E5%B0%8F%E5%BE%AE', '/no/such/page']) {
  test(`${path} carries the security headers and no X-Powered-By`, async ({ request }) => {
    const headers = (await request.get(path, { failOnStatusCode: false })).headers();
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['content-security-policy']).toContain("base-uri 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('pages work with the policy on: no CSP errors in the console', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  for (const path of ['/', '/posts/000_52a2a947919bd700', '/search?q=GDP']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.getByRole('combobox', { name: '搜索文章' }).fill('利率');
  await page.getByRole('combobox', { name: '搜索文章' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  expect(errors).toEqual([]);
});
