import { expect, test, type Page } from '@playwright/test';
import { JEKYLL_SITE_URL, JEKYLL_URL, readFixtureCategories, readFixturePosts, type FixturePost } from './jekyll-site';

// Against the second e2e server, which serves a copy of the Jekyll site in e2e/fixtures/jekyll.
test.use({ baseURL: JEKYLL_URL });

const POSTS = readFixturePosts();
const CATEGORIES = readFixtureCategories();
const ORIGIN = new URL(JEKYLL_URL).origin;
const SITE_ORIGIN = new URL(JEKYLL_SITE_URL).origin;

function getPost(slug: string): FixturePost {
  const post = POSTS.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`no fixture post ${slug}`);
  return post;
}

function toReadable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

const postUrl = (slug: string) => `/posts/${encodeURIComponent(slug)}`;
const categoryUrl = (slug: string) => `/category/${encodeURIComponent(slug)}`;

for (const post of POSTS) {
  test(`${post.file} is served at /posts/${post.slug}`, async ({ page }) => {
    const response = await page.goto(postUrl(post.slug));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
  });
}

test('the home page lists posts from both _posts/ and old_post/', async ({ page }) => {
  const newest = (folder: string) => POSTS.filter((post) => post.file.startsWith(folder)).sort((a, b) => b.date.localeCompare(a.date))[0];
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const titles = await page.getByRole('main').locator('article h2 a').allTextContents();
  expect(titles).toContain(newest('_posts/')?.title);
  expect(titles).toContain(newest('old_post/')?.title);
});

// Every category that fixture posts use, except the spaced one, which Jekyll splits in two.
const USED_CATEGORIES = [...new Set(POSTS.map((post) => post.category))].filter((slug) => !/\s/.test(slug));

for (const slug of USED_CATEGORIES) {
  test(`/category/${slug} is named as category/${slug}.html says and lists its posts`, async ({ page }) => {
    const response = await page.goto(categoryUrl(slug));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CATEGORIES.get(slug) ?? `category/${slug}.html has no title`);
    const titles = await page.getByRole('main').locator('article h2 a').allTextContents();
    expect(titles.sort()).toEqual(POSTS.filter((post) => post.category === slug).map((post) => post.title).sort());
  });
}

/** Every URL a feed names: its own links, item URLs and the hrefs inside item content, made absolute. */
async function readFeedLinks(page: Page, path: string): Promise<string[]> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const body = await response.text();
  return page.evaluate(
    ({ body, isJson }) => {
      const links: string[] = [];
      const fromHtml = (html: string, base: string) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (const a of doc.querySelectorAll('a[href]')) links.push(new URL(a.getAttribute('href') ?? '', base).href);
      };
      if (isJson) {
        const feed = JSON.parse(body) as { home_page_url?: string; feed_url?: string; items?: { url?: string; content_html?: string }[] };
        links.push(...[feed.home_page_url, feed.feed_url].filter((url): url is string => typeof url === 'string'));
        for (const item of feed.items ?? []) {
          if (item.url) links.push(item.url);
          if (item.content_html) fromHtml(item.content_html, item.url ?? location.href);
        }
        return links;
      }
      const doc = new DOMParser().parseFromString(body, 'application/xml');
      for (const link of doc.querySelectorAll('link[href]')) links.push(link.getAttribute('href') ?? '');
      for (const entry of doc.querySelectorAll('entry')) {
        const base = entry.querySelector('link[href]')?.getAttribute('href') ?? location.href;
        for (const content of entry.querySelectorAll('content, summary')) fromHtml(content.textContent ?? '', base);
      }
      return links;
    },
    { body, isJson: path.endsWith('.json') },
  );
}

test('a crawl from every article and both feeds finds no missing page and no server error', async ({ page }) => {
  test.setTimeout(240_000);
  // Link → the first page that had it. Feeds name the site by SITE_URL: those links are this server's.
  const links = new Map<string, string>();
  const add = (href: string, base: string, from: string) => {
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return;
    }
    if (url.origin === SITE_ORIGIN) url = new URL(`${url.pathname}${url.search}`, ORIGIN);
    if (url.origin !== ORIGIN) return;
    url.hash = '';
    if (!links.has(url.href)) links.set(url.href, from);
  };
  for (const post of POSTS) {
    const path = postUrl(post.slug);
    add(path, ORIGIN, post.file);
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) add(href, page.url(), path);
  }
  for (const feed of ['/feed.xml', '/feed.json']) {
    add(feed, ORIGIN, 'the feeds');
    for (const href of await readFeedLinks(page, feed)) add(href, SITE_ORIGIN, feed);
  }
  expect(links.size).toBeGreaterThan(POSTS.length);
  test.info().annotations.push({ type: 'links followed', description: String(links.size) });
  const failures: string[] = [];
  for (const [url, from] of links) {
    const status = await page.request.get(url).then(
      (response) => response.status(),
      (error: unknown) => `request failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    if (typeof status === 'string' || status === 404 || status >= 500) failures.push(`${status} ${toReadable(url)} (linked from ${from})`);
  }
  expect(failures, `broken links:\n${failures.join('\n')}`).toEqual([]);
});

type BackLink = { name: string; target: string };

/** The Markdown 返回 links at the end of a post body; the old generator put spaces and parentheses in targets unescaped. */
function readBackLinks(post: FixturePost): BackLink[] {
  return [...post.body.matchAll(/\[(返回[^\]]*)\]\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)?)\)/g)].map((match) => ({ name: match[1] ?? '', target: match[2] ?? '' }));
}

/** Where a 返回 link should land: home, a category that has a page and posts, or (undefined) any page that exists. */
function toExpectedPath(target: string): string | undefined {
  if (/^(?:\.{1,2}\/|\/\/[^/]+\/)$/.test(target)) return '/';
  const slug = /(?:^|\/)category\/([^/]+)\.html$/.exec(target)?.[1] ?? /^(?:\.{1,2}\/|\/\/[^/]+\/)([^/]+)\/$/.exec(target)?.[1];
  // Jekyll split a spaced slug into two categories: any existing page will do for it.
  if (slug && !/\s/.test(slug) && CATEGORIES.has(slug) && POSTS.some((post) => post.category === slug)) return `/category/${slug}`;
  return undefined;
}

const BACK_LINK_POSTS = POSTS.filter((post) => readBackLinks(post).length > 0);

test('the fixture has every form of 返回 link the old site wrote', () => {
  const targets = new Set(BACK_LINK_POSTS.flatMap((post) => readBackLinks(post).map((link) => link.target)));
  for (const target of [
    '../emnews/',
    '../',
    './emnews/',
    './',
    '//finews.zning.me/emnews/',
    '//finews.zning.me/',
    '//finews.withounder.com/emnews/',
    '//finews.withounder.com/',
    '//finews.withounder.com/category/jinqiaokuaixun.html',
    '//finews.withounder.com/category/hexinzhengquan(xianggang).html',
    '//finews.withounder.com/haixiazhengquanbao/',
    '//finews.withounder.com/category/yijingtingkan.html',
    '//finews.withounder.com/category/21shiji jingjiAPP.html',
  ])
    expect(targets, target).toContain(target);
  expect(POSTS.some((post) => readBackLinks(post).length === 0)).toBe(true);
});

for (const post of BACK_LINK_POSTS) {
  const back = readBackLinks(post);
  test(`${post.file}: ${back.map((link) => link.target).join(' and ')} land on their pages`, async ({ page }) => {
    const response = await page.goto(postUrl(post.slug));
    expect(response?.status(), post.file).toBe(200);
    const hrefs: string[] = [];
    for (const link of back) {
      const anchor = page.locator('.article-body a', { hasText: link.name });
      hrefs.push(await anchor.evaluate((a) => (a as HTMLAnchorElement).href));
    }
    for (const [index, link] of back.entries()) {
      const href = hrefs[index] ?? '';
      const label = `${link.name} (${link.target}) → ${href}`;
      expect(new URL(href).origin, label).toBe(ORIGIN);
      const response = await page.goto(href);
      expect(response?.status(), label).toBe(200);
      const expected = toExpectedPath(link.target);
      if (expected) expect(decodeURIComponent(new URL(page.url()).pathname), label).toBe(expected);
    }
  });
}

const REDIRECTS: [from: string, to: string][] = [
  ['/emnews/', '/category/emnews'],
  ['/index.html', '/'],
  ['/category/emnews.html', '/category/emnews'],
  ['/category/hexinzhengquan(xianggang).html', '/category/hexinzhengquan(xianggang)'],
  ['/category/FinTechpai.html', '/category/FinTechpai'],
  ['/emnews/2022/05/31/202205312401135526.html', '/posts/202205312401135526'],
  // Its date has no zone: Shanghai time, as _config.yml says.
  ['/emnews/2022/05/30/202205302399876512.html', '/posts/202205302399876512'],
  ['/jinqiaokuaixun/2022/05/31/NW202205312401301147.html', '/posts/NW202205312401301147'],
  // Jekyll lower-cases categories in permalinks, and splits a spaced one into two.
  ['/fintechpai/2022/05/30/NW202205302399954410.html', '/posts/NW202205302399954410'],
  ['/21shiji/jingjiapp/2022/05/29/NW202205292398765401.html', '/posts/NW202205292398765401'],
  // Before moving to old_post/, a post had its dated permalink; after, it was a page there.
  ['/emnews/2021/12/08/202112082206811452.html', '/posts/202112082206811452'],
  ['/old_post/2022-05-26-202205262391875540.html', '/posts/202205262391875540'],
];

for (const [from, to] of REDIRECTS) {
  test(`the old URL ${from} redirects permanently to ${to}`, async ({ request }) => {
    // Hop by hop: every redirect on the way must be permanent, and the last page must exist.
    const hops = [from];
    let response = await request.get(from, { maxRedirects: 0 });
    while (response.status() >= 300 && response.status() < 400 && hops.length <= 5) {
      const status = response.status();
      expect([301, 308], `${hops.join(' → ')} answered ${status}`).toContain(status);
      hops.push(new URL(response.headers().location ?? '', new URL(hops.at(-1) ?? '', ORIGIN)).pathname);
      response = await request.get(hops.at(-1) ?? '', { maxRedirects: 0 });
    }
    expect(hops.length, `${from} does not redirect`).toBeGreaterThan(1);
    expect(decodeURIComponent(hops.at(-1) ?? ''), hops.join(' → ')).toBe(to);
    expect(response.status(), hops.join(' → ')).toBe(200);
  });
}

test('home page excerpts show text, not markup, and keep a subheading apart from the next sentence', async ({ page }) => {
  await page.goto('/');
  const excerpts = await page.getByRole('main').locator('article > p').allTextContents();
  expect(excerpts.length).toBeGreaterThan(10);
  for (const excerpt of excerpts) {
    for (const leftover of ['<!--', 'EM_StockImg', '&lt;', '<p', '摘要区']) expect(excerpt, excerpt).not.toContain(leftover);
  }
  const excerptOf = (slug: string) =>
    page.getByRole('main').locator('article').filter({ has: page.getByRole('link', { name: getPost(slug).title, exact: true }) }).locator('xpath=./p');
  // Its body opens with an HTML comment, then a paragraph that is only a bold subheading.
  const opening = (await excerptOf('NW202205312401301147').textContent()) ?? '';
  expect(opening).toMatch(/营收结构持续优化[\s\p{P}]/u);
  // &lt;…&gt; in the body is shown as the characters it stands for.
  await expect(excerptOf('NW202205312401377702')).toContainText('<跨境理财通业务试点实施细则>');
});

test('an eastmoney stock link reads as part of its sentence and opens in a new tab', async ({ page }) => {
  const response = await page.goto(postUrl('202205312401135526'));
  expect(response?.status()).toBe(200);
  const paragraph = page.locator('.article-body p').filter({ hasText: '晨曦新能' });
  await expect(paragraph).toHaveCount(1);
  const text = (await paragraph.textContent()) ?? '';
  expect(text).toContain('光伏设备板块震荡走强，晨曦新能盘中一度涨超6%，艾比西太阳能美股盘前同步走高。');
  expect(text).not.toContain('quote.eastmoney.com');
  expect(text).not.toContain('↗');
  const link = paragraph.locator('a', { hasText: '晨曦新能' });
  await expect(link).toHaveAttribute('href', /quote\.eastmoney\.com\/unify\/r\/1\.688999/);
  await expect(link).toHaveAttribute('target', '_blank');
});

test('search finds a word from the last paragraph of a long post', async ({ page }) => {
  const long = getPost('202205312401208813');
  await page.goto(`/search?q=${encodeURIComponent('琥珀色回购窗口')}`);
  await expect(page.getByText('找到 1 篇与“琥珀色回购窗口”相关的文章')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: long.title })).toBeVisible();
});

test('a post with a NUL byte in its body shows the text around it and no replacement character', async ({ page }) => {
  const post = getPost('NW202205302399912034');
  const response = await page.goto(postUrl(post.slug));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
  const body = page.locator('.article-body');
  await expect(body).toContainText('港口作业量稳步回升。');
  await expect(body).toContainText('部分船公司已宣布在六月加开两条东南亚航线。');
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toContain('\uFFFD');
  expect(text).not.toContain('\u0000');
});
