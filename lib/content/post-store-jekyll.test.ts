import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveLegacyPath } from '../site/legacy-paths';
import { findDeadLinks } from '../render/link-check';
import { createPostStore, type Snapshot } from './post-store';

let dir: string;
let lines: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-jekyll-'));
  lines = [];
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(file: string, content: string): void {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
}

function post(title: string, date: string, category: string, body = `<p>${title}的正文。</p>`): string {
  return `---\nlayout: post\ntitle: "${title}"\ndate: ${date}\ncategories: ${category}\ntags: ${category}新闻\n---\n${body}\n`;
}

/** A small checkout shaped like the upstream archive: posts, pages, layouts and settings side by side. */
function writeCheckout(): void {
  write('_config.yml', 'theme: jekyll-theme-minimal\nlang: zh-CN\ntitle: 金融消息\nurl: https://finews.withounder.com\ntimezone: Asia/Shanghai\nplugins:\n  - jekyll-feed\n');
  write('CNAME', 'finews.zning.me');
  write('README.md', '---\ntitle:  "首页"\npermalink: /\n---\n{% for tag in site.tags %}<h2>{{ tag[0] }}</h2>{% endfor %}\n');
  write('index.md', '---\ntitle:  "首页"\npermalink: /\n---\n{% for post in site.posts limit:100 %}{{ post.title }}{% endfor %}\n');
  write('emnews.md', '---\nlayout: default\ntitle:  "东财滚动新闻"\npermalink: /emnews/\n---\n{% for post in site.posts %}{% endfor %}\n');
  write('404.md', '---\ntitle: 404\nlayout: default\n---\n页面不存在。\n');
  write('requirements.txt', 'xpinyin\n');
  write('_layouts/post.html', '---\nlayout: default\n---\n<h1>{{ page.title }}</h1>{{ content }}\n');
  write('_includes/head.md', '---\ntitle: 片段\ndate: 2022-01-01\n---\n不是文章。\n');
  write('_site/emnews/2022/05/30/x.md', '---\ntitle: 构建产物\ndate: 2022-01-01\n---\n不是文章。\n');
  write('.github/workflows/news.md', '---\ntitle: 工作流\ndate: 2022-01-01\n---\n不是文章。\n');
  write('category/emnews.html', '---\nlayout: category\ntitle: 东财滚动新闻\ncategory: emnews\n---');
  write('category/anxin(xianggang).html', '---\nlayout: category\ntitle: 安信(香港)新闻\ncategory: anxin(xianggang)\n---');
  write('category/kongbai.html', '---\nlayout: category\ntitle: 空白来源新闻\ncategory: kongbai\n---');
  write('_posts/2022-05-30-202205302396500001.md', `\n${post('央行开展逆回购操作', '2022-05-30 09:12:45', 'emnews')}`);
  write('_posts/2022-05-30-NW202205302396500002.md', post('港股午后走强', '2022-05-30 13:02:11 +0800', 'anxin(xianggang)'));
  write('old_post/2021-12-08-202112082206000003.md', post('离岸人民币小幅升值', '2021-12-08 12:41:23', 'emnews'));
  write('old_post/2021-12-09-202112092206000004.md', post('两个来源的快讯', '2021-12-09 08:00:00 +0800', 'shiji jingjiAPP'));
}

async function scan(): Promise<Snapshot> {
  writeCheckout();
  return createPostStore(dir, { log: (line) => lines.push(line), checkIntervalMs: 60_000 }).refresh();
}

describe('createPostStore: a Jekyll checkout as it is', () => {
  it('serves posts from _posts/ and old_post/, and nothing else, with no error lines', async () => {
    const snapshot = await scan();
    expect(snapshot.posts.map((item) => item.path)).toEqual([
      '_posts/2022-05-30-NW202205302396500002.md',
      '_posts/2022-05-30-202205302396500001.md',
      'old_post/2021-12-09-202112092206000004.md',
      'old_post/2021-12-08-202112082206000003.md',
    ]);
    expect(snapshot.issues).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('reads the title, timezone and legacy hosts from _config.yml and CNAME', async () => {
    const { site, posts } = await scan();
    expect(site.title).toBe('金融消息');
    expect(site.jekyll).toBe(true);
    expect(site.legacyHosts).toEqual(['finews.withounder.com', 'finews.zning.me']);
    // A date without a zone is Shanghai time: 09:12:45 there is 01:12:45 UTC.
    expect(new Date(posts.find((item) => item.title === '央行开展逆回购操作')?.date ?? 0).toISOString()).toBe('2022-05-30T01:12:45.000Z');
  });

  it('names categories from their category pages, unless _site.yml maps the slug', async () => {
    write('_site.yml', 'categories:\n  emnews: 滚动快讯\n');
    const { site } = await scan();
    expect(site.categories).toMatchObject({ emnews: '滚动快讯', 'anxin(xianggang)': '安信(香港)新闻', kongbai: '空白来源新闻' });
    expect(site.navCategories).toEqual(['emnews']);
  });

  it("splits a categories string on spaces, as Jekyll does, and keeps slugs with parentheses", async () => {
    const { byCategory } = await scan();
    expect([...byCategory.keys()].sort()).toEqual(['anxin(xianggang)', 'emnews', 'jingjiAPP', 'shiji']);
  });

  it('knows the old URLs: Jekyll permalinks, old_post pages and index pages', async () => {
    const snapshot = await scan();
    expect(snapshot.byOldPath.get('/emnews/2022/05/30/202205302396500001.html')?.title).toBe('央行开展逆回购操作');
    expect(snapshot.byOldPath.get('/old_post/2021-12-08-202112082206000003.html')?.title).toBe('离岸人民币小幅升值');
    expect(snapshot.byOldPath.get('/anxin(xianggang)/2022/05/30/NW202205302396500002.html')?.title).toBe('港股午后走强');
    expect(snapshot.byPagePath.get('/emnews/')).toBe('emnews');
  });
});

describe('resolveLegacyPath: every old link form lands on a page', () => {
  it.each([
    ['/emnews/', '/category/emnews'],
    ['/emnews', '/category/emnews'],
    ['/', '/'],
    ['/index.html', '/'],
    ['/category/emnews.html', '/category/emnews'],
    ['/category/anxin(xianggang).html', '/category/anxin(xianggang)'],
    ['/category/anxin%28xianggang%29.html', '/category/anxin(xianggang)'],
    ['/emnews/2022/05/30/202205302396500001.html', '/posts/202205302396500001'],
    ['/old_post/2021-12-08-202112082206000003.html', '/posts/202112082206000003'],
    ['/emnews/2021/12/emnews/', '/category/emnews'],
    ['/category/shiji jingjiAPP.html', '/category/shiji'],
    ['/category/shiji%20jingjiAPP.html', '/category/shiji'],
    ['/category/emnews#list', '/category/emnews#list'],
    ['/search?q=逆回购', '/search?q=逆回购'],
  ])('%s → %s', async (from, to) => {
    expect(resolveLegacyPath(from, await scan())).toEqual({ href: to, found: true });
  });

  it.each([
    ['/category/yijingtingkan.html', '/categories'],
    ['/tags/meiyou', '/tags'],
    ['/posts/meiyou', '/'],
    ['/a/202205301234.html', '/'],
    ['/\\evil.example/x', '/'],
  ])('sends %s, which names nothing, to the nearest page %s', async (from, to) => {
    expect(resolveLegacyPath(from, await scan())).toEqual({ href: to, found: false });
  });
});

describe('findDeadLinks: what npm run check notes', () => {
  it('names each link that resolves to no page, with where readers are sent, and passes the rest', async () => {
    const snapshot = await scan();
    const body = [
      '[返回东财滚动新闻](../emnews/)',
      '[返回首页](./)',
      '[返回安信](//finews.withounder.com/category/anxin(xianggang).html)｜[返回首页](//finews.zning.me/)',
      '<a href="//finews.withounder.com/category/yijingtingkan.html">停刊的来源</a>',
      "<a href='/old_post/2020-01-01-meiyou.html'>旧文</a>",
      '[外站](https://www.example.cn/a)',
    ].join('\n');
    expect(findDeadLinks(body, snapshot.site.legacyHosts, snapshot)).toEqual([
      { href: '//finews.withounder.com/category/yijingtingkan.html', sentTo: '/categories' },
      { href: '/old_post/2020-01-01-meiyou.html', sentTo: '/' },
    ]);
  });
});
