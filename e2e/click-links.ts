import { expect, type BrowserContext, type Page } from '@playwright/test';

// Judged by where the browser lands when a link is clicked, not by the rule that wrote the link.
const BODY_LINKS = '.article-body a[href]';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const WAIT = 15_000;

type Link = { href: string; text: string; target: string | null; rel: string; mark: string };
type Tally = { internal: number; external: number };
/** An article to open, and the text of its first body paragraph when known. */
export type Article = { url: string; first?: string };
type Landing = { kind: 'same'; url: string } | { kind: 'popup'; url: string; opener: boolean } | { kind: 'nothing' };

/** Every other host answers with a stub page (there is no network), so a navigation there completes; dialogs are dismissed. */
export async function routeOutside(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => !LOOPBACK.has(url.hostname),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>站外</title><p>站外页面</p>' }),
  );
  context.on('dialog', (dialog) => void dialog.dismiss());
}

function readLinks(page: Page): Promise<Link[]> {
  return page.locator(BODY_LINKS).evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href') ?? '',
      text: (link.textContent ?? '').trim(),
      target: link.getAttribute('target'),
      rel: link.getAttribute('rel') ?? '',
      mark: getComputedStyle(link, '::after').content,
    })),
  );
}

/** Clicks the link and reports what happened: a navigation in this tab, a new tab, or nothing. */
async function clickLink(page: Page, index: number, article: string): Promise<Landing> {
  // Not framenavigated: Next's router fires it with history.replaceState on its own.
  const outcome = Promise.race([
    page.waitForEvent('popup', { timeout: WAIT }),
    page.waitForEvent('domcontentloaded', { timeout: WAIT }).then(() => undefined),
    page.waitForURL((url) => url.href !== article, { waitUntil: 'commit', timeout: WAIT }).then(() => undefined),
  ]).then(
    (popup) => ({ popup }),
    () => undefined,
  );
  await page.locator(BODY_LINKS).nth(index).click({ timeout: WAIT });
  const result = await outcome;
  if (!result) return { kind: 'nothing' };
  if (!result.popup) return { kind: 'same', url: page.url() };
  const popup = result.popup;
  if (popup.url() === 'about:blank') await popup.waitForURL((url) => url.href !== 'about:blank', { waitUntil: 'commit', timeout: WAIT }).catch(() => undefined);
  const opener = await popup.evaluate(() => window.opener !== null).catch(() => false);
  const url = popup.url();
  await popup.close();
  return { kind: 'popup', url, opener };
}

/** Clicks one link of the article; returns what went wrong, if anything. */
async function clickOne(page: Page, article: string, index: number, link: Link, tally: Tally): Promise<string[]> {
  if (page.url() !== article) {
    // Back is cheap (the page comes from the back/forward cache); a fresh visit is the fallback.
    await page.goBack({ waitUntil: 'domcontentloaded' }).catch(() => null);
    if (page.url() !== article) await page.goto(article);
  }
  const name = `${article}: ${JSON.stringify(link.href)} ("${link.text}")`;
  const href = await page.locator(BODY_LINKS).nth(index).getAttribute('href');
  if (href !== link.href) return [`${name}: link ${index} reads ${JSON.stringify(href)} on a second visit`];
  const own = new URL(article).origin;
  const landed = await clickLink(page, index, article);
  if (landed.kind === 'nothing') return [`${name}: clicking it went nowhere`];
  const problems: string[] = [];
  if (landed.kind === 'same') {
    tally.internal += 1;
    if (new URL(landed.url).origin !== own) problems.push(`${name}: left the site in the same tab, for ${landed.url}`);
    if (link.target === '_blank') problems.push(`${name}: is marked to open a new tab, but navigated this one to ${landed.url}`);
    return problems;
  }
  tally.external += 1;
  const { origin, protocol } = new URL(landed.url);
  if (origin === own) problems.push(`${name}: opened this site (${landed.url}) in a new tab`);
  if (protocol !== 'http:' && protocol !== 'https:') problems.push(`${name}: opened a new tab that went nowhere (${landed.url})`);
  if (!/\bnoopener\b/.test(link.rel) || !/\bnoreferrer\b/.test(link.rel)) problems.push(`${name}: opened ${landed.url} with rel="${link.rel}"`);
  if (landed.opener) problems.push(`${name}: ${landed.url} got a window.opener`);
  if (link.mark === 'none' || link.mark === 'normal') problems.push(`${name}: opened ${landed.url} without the outside-link mark`);
  if (page.url() !== article) problems.push(`${name}: also moved this tab to ${page.url()}`);
  return problems;
}

/**
 * Clicks every body link of the articles, one page in turn; with `once`, only the first of the links
 * that resolve to the same URL and target. One line per link that went wrong, naming its href.
 */
export async function clickEveryLink(page: Page, articles: Article[], label: string, once = false): Promise<{ problems: string[]; tally: Tally }> {
  const tally: Tally = { internal: 0, external: 0 };
  const problems: string[] = [];
  const seen = new Set<string>();
  let found = 0;
  for (const { url, first } of articles) {
    const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), url).toBe(200);
    // A body that failed to render has no links to click; that must not pass as "no link escaped".
    await expect(page.locator('.article-body'), url).not.toBeEmpty();
    if (first !== undefined) await expect(page.locator('.article-body > p').first(), url).toHaveText(first);
    const article = page.url();
    for (const [index, link] of (await readLinks(page)).entries()) {
      found += 1;
      const key = `${URL.canParse(link.href, article) ? new URL(link.href, article).href : link.href} ${link.target ?? ''}`;
      if (once && seen.has(key)) continue;
      seen.add(key);
      problems.push(...(await clickOne(page, article, index, link, tally)));
    }
  }
  console.log(`${label}: ${found} links, ${tally.internal + tally.external} clicked, ${tally.internal} stayed on the site, ${tally.external} opened a new tab`);
  return { problems, tally };
}
