import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_POSTS, toShownTitle } from './fixtures/hostile/payloads';

// Payloads call alert() or set window.__pwned; either means a payload ran.
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** Everything on the page a post could have injected: elements, handlers, script URLs, foreign scripts. */
async function findInjected(page: Page): Promise<string[]> {
  // Handlers, timers and animations a payload might rely on get a moment to fire.
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const problems: string[] = [];
    const show = (element: Element) => element.outerHTML.slice(0, 160);
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'ping'];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of [...element.attributes]) {
        const key = name.toLowerCase();
        if (key.startsWith('on') || key === 'srcdoc') problems.push(`${key} on ${show(element)}`);
        const url = value.replace(/[\u0000-\u0020]/g, '');
        if (urlAttributes.includes(key) && /^(javascript|vbscript|data|livescript):/i.test(url)) problems.push(`${key} on ${show(element)}`);
      }
    }
    for (const element of document.querySelectorAll('iframe, frame, object, embed, applet, base, template, portal, meta[http-equiv]')) {
      problems.push(show(element));
    }
    for (const form of document.querySelectorAll('form')) if (form.getAttribute('action') !== '/search') problems.push(show(form));
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      const text = script.textContent ?? '';
      const own = src
        ? src.startsWith('/_next/')
        : script.type === 'application/ld+json' || /^\(?(self\.__next_f\b|globalThis\["TURBOPACK"\])/.test(text) || text.includes('finews-theme');
      if (!own) problems.push(show(script));
    }
    const body = document.querySelector('.article-body');
    for (const element of body?.querySelectorAll('svg, math, style, link, textarea, select, button, [style]') ?? []) problems.push(show(element));
    for (const element of body?.querySelectorAll('[class]') ?? []) {
      if (![...element.classList].every((name) => /^(em_media|table-scroll)$/.test(name))) problems.push(show(element));
    }
    for (const element of body?.querySelectorAll('[id], [name]') ?? []) {
      for (const key of ['id', 'name']) {
        const value = element.getAttribute(key);
        if (value !== null && !value.startsWith('user-content-')) problems.push(show(element));
      }
    }
    if ('__pwned' in window) problems.push('window.__pwned was set');
    return problems;
  });
}

for (const post of HOSTILE_POSTS) {
  const title = toShownTitle(post);

  test(`${post.name}: search, article, category and tag pages show it as text and run nothing`, async ({ page }) => {
    test.setTimeout(90_000);
    const dialogs = watchDialogs(page);

    const search = await page.goto(`/search?q=${encodeURIComponent(post.word)}`);
    expect(search?.status()).toBe(200);
    const result = page.getByRole('main').getByRole('link', { name: title, exact: true });
    await expect(result).toBeVisible();
    expect(await findInjected(page)).toEqual([]);

    await result.click();
    await expect(page).toHaveURL(/\/posts\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const paragraphs = page.locator('.article-body > p');
    await expect(paragraphs.first()).toHaveText(post.first);
    await expect(paragraphs.last()).toHaveText(post.last);
    expect(await findInjected(page)).toEqual([]);

    const article = page.locator('article');
    const tagLinks = article.getByRole('list', { name: '标签' }).getByRole('link');
    await expect(tagLinks).toHaveText(post.tags.map((tag) => `#${tag}`));
    const lists = [
      ...new Set(await article.locator('a[href^="/category/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))),
      ...(await tagLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))),
    ];
    expect(lists.length).toBe(1 + post.tags.length);
    for (const url of lists) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole('main').getByRole('link', { name: title, exact: true }), url).toBeVisible();
      expect(await findInjected(page), url).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });
}

test('the header search box lists hostile titles as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/');
  for (const post of HOSTILE_POSTS.filter((item) => item.name.startsWith('hostile-front-matter'))) {
    await page.getByRole('combobox', { name: '搜索文章' }).fill(post.word);
    await expect(page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')).toHaveText([new RegExp(escape(toShownTitle(post)))]);
    expect(await findInjected(page)).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});

test('every page of the home list stays clean with the hostile posts on it', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = watchDialogs(page);
  const seen = new Set<string>();
  for (let url: string | null = '/'; url; ) {
    await page.goto(url);
    expect(await findInjected(page), url).toEqual([]);
    for (const text of await page.getByRole('main').locator('h2 a').allTextContents()) seen.add(text);
    const next = page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: /下一页/ });
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  for (const post of HOSTILE_POSTS) expect(seen.has(toShownTitle(post)), post.name).toBe(true);
  expect(dialogs).toEqual([]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
