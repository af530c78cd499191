import { expect, test, type Page } from '@playwright/test';
import { hashOf, inlineScripts, scriptSrc } from './page-scripts';

const PAGES = ['/', '/category/qingdaocaijingwang', '/tags/%E5%88%A9%E7%8E%87', '/posts/000_52a2a947919bd700', '/search?q=GDP', '/?tag=%E5%88%A9%E7%8E%87', '/no/such/page'];

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

const SECURITY = (headers: Record<string, string>) => ({
  csp: headers['content-security-policy'] ?? '',
  nosniff: headers['x-content-type-options'],
  referrer: headers['referrer-policy'],
});

test('only GET and HEAD are served: POST, PUT and DELETE get 405 with the security headers and no page', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE']) {
    const response = await request.fetch('/posts/000_52a2a947919bd700', { method, data: 'x=1', failOnStatusCode: false });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD');
    expect(SECURITY(response.headers())).toEqual({ csp: expect.stringContaining("object-src 'none'"), nosniff: 'nosniff', referrer: 'strict-origin-when-cross-origin' });
    expect(await response.text()).not.toContain('精耕致远');
  }
});

test('TRACE is a 405, not a 500', async ({ baseURL }) => {
  // Fetch clients refuse to send TRACE, so it goes out through node:http.
  const { request: send } = await import('node:http');
  const status = await new Promise<number | undefined>((resolve, reject) => {
    const call = send(new URL('/', baseURL), { method: 'TRACE' }, (answer) => {
      answer.resume();
      resolve(answer.statusCode);
    });
    call.on('error', reject);
    call.end();
  });
  expect(status).toBe(405);
});

test('HEAD answers, redirects and 404s carry the security headers', async ({ request }) => {
  const head = await request.head('/');
  expect(head.status()).toBe(200);
  const redirect = await request.get('/page/1', { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  const legacy = await request.get('/qingdaocaijingwang/2022/04/24/000_52a2a947919bd700.html', { maxRedirects: 0 });
  expect(legacy.status()).toBe(308);
  const missing = await request.get('/no/such/page', { failOnStatusCode: false });
  expect(missing.status()).toBe(404);
  for (const response of [head, redirect, legacy, missing]) {
    expect(SECURITY(response.headers()), response.url()).toEqual({ csp: expect.stringContaining("frame-ancestors 'none'"), nosniff: 'nosniff', referrer: 'strict-origin-when-cross-origin' });
  }
});

test('an image URL that would leave the site is a 400, not a 500', async ({ request }) => {
  for (const source of ['%2F%5Cevil.example%2Fx.png', '%2F%2Fevil.example%2Fx.png', 'https%3A%2F%2Fevil.example%2Fx.png']) {
    const response = await request.get(`/_next/image?url=${source}&w=64&q=75`, { failOnStatusCode: false });
    expect(response.status(), source).toBe(400);
  }
});
