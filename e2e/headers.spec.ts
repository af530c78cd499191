import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['/', '/category/qingdaocaijingwang', '/tags/%E5%88%A9%E7%8E%87', '/posts/000_52a2a947919bd700', '/search?q=GDP', '/?tag=%E5%88%A9%E7%8E%87', '/no/such/page'];

const scriptSrc = (policy: string | undefined) => (policy ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src ')) ?? '';
const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

// The scripts the browser would run inline: not JSON-LD, not external.
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script([^>]*)>([^]*?)<\/script>/g)].filter(([, attributes = '']) => !/\b(src|type)=/.test(attributes)).map(([, , body = '']) => body);
}

function collectCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}

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

for (const path of PAGES) {
  test(`${path}: script-src allows its own inline scripts by hash and nothing inline besides`, async ({ request }) => {
    const response = await request.get(path, { failOnStatusCode: false });
    const policy = response.headers()['content-security-policy'];
    expect(policy?.match(/script-src/g)).toHaveLength(1);
    const directive = scriptSrc(policy);
    expect(directive).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(directive).not.toContain("'unsafe-inline'");
    expect(directive).not.toContain("'unsafe-eval'");
    const scripts = inlineScripts(await response.text());
    expect(scripts.some((script) => script.includes('finews-theme'))).toBe(true);
    for (const script of scripts) expect(directive, script.slice(0, 80)).toContain(hashOf(script));
  });
}

test('the policy is the same whether the page is sent compressed or not', async ({ request }) => {
  const policies = [];
  for (const encoding of ['gzip', 'identity']) {
    const response = await request.get('/posts/000_52a2a947919bd700', { headers: { 'accept-encoding': encoding } });
    policies.push(response.headers()['content-security-policy']);
  }
  expect(policies[0]).toBe(policies[1]);
});

test('every kind of page hydrates with the policy on: no CSP errors, the theme toggle answers', async ({ page }) => {
  const errors = collectCspErrors(page);
  await page.emulateMedia({ colorScheme: 'light' });
  for (const path of PAGES) {
    await page.goto(path);
    const toggle = page.getByRole('button', { name: '深色模式' });
    await toggle.click();
    await expect(toggle, path).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle, path).toHaveAttribute('aria-pressed', 'false');
  }
  await page.getByRole('combobox', { name: '搜索文章' }).fill('利率');
  await expect(page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: '搜索文章' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  expect(errors).toEqual([]);
});

test('an inline script that is not the framework’s is blocked', async ({ page }) => {
  const errors = collectCspErrors(page);
  await page.goto('/posts/000_52a2a947919bd700');
  await expect(page.addScriptTag({ content: 'window.injected = true;' })).rejects.toThrow(/Content Security Policy/);
  // Markup injected into the page, the way a sanitizer bypass would put it there.
  await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/none.png" onerror="window.injected = true">'));
  await expect.poll(() => errors.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
