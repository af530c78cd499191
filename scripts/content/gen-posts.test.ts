import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePost } from '../../lib/content/front-matter';
import { renderBody } from '../../lib/render/render';
import { parseSiteConfig } from '../../lib/site/site';
import type { Post } from '../../lib/types';

const SCRIPT = path.join(import.meta.dirname, 'gen-posts.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'gen-posts-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function generate(dir: string, count: number, seed: number, shape?: string) {
  const shapeArgs = shape ? ['--shape', shape] : [];
  const result = spawnSync(process.execPath, [SCRIPT, dir, String(count), '--seed', String(seed), ...shapeArgs], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, by path relative to it, with its bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

function postFiles(files: Map<string, Buffer>): [string, string][] {
  return [...files].filter(([name]) => name.endsWith('.md')).map(([name, bytes]) => [name, bytes.toString('utf8')]);
}

const first = path.join(scratch, 'a');
const second = path.join(scratch, 'b');
const other = path.join(scratch, 'c');
const runs = [generate(first, 50, 7), generate(second, 50, 7), generate(other, 50, 8)];
const tree = readTree(first);
const siteText = tree.get('_site.yml')?.toString('utf8');
const { site, problems } = parseSiteConfig(siteText);

const posts: Post[] = postFiles(tree).map(([name, text]) => {
  const result = parsePost(name, text, site);
  if (!result.ok) throw new Error(`${name}: ${result.issue?.reason ?? "a Jekyll page"}`);
  return result.post;
});

describe('gen-posts: determinism', () => {
  it('exits cleanly and reports the bytes written', () => {
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/wrote 50 posts .*\(\d+ bytes\) in [\d.]+ s/);
    }
  });

  it('writes byte-identical folders for the same seed and count', () => {
    const again = readTree(second);
    expect([...again.keys()].sort()).toEqual([...tree.keys()].sort());
    for (const [name, bytes] of tree) expect(again.get(name)?.equals(bytes), name).toBe(true);
  });

  it('writes something else for another seed', () => {
    const different = readTree(other);
    const sameNames = [...different.keys()].filter((name) => name.endsWith('.md') && tree.has(name));
    expect(sameNames.length).toBeLessThan(5);
    expect(different.get('_site.yml')?.equals(tree.get('_site.yml') ?? Buffer.alloc(0))).toBe(false);
  });
});

describe('gen-posts: every post reads back through the project parser', () => {
  it('writes 50 posts and a _site.yml the site accepts', () => {
    expect(posts).toHaveLength(50);
    expect(problems).toEqual([]);
    expect(site.timezone).toBe('Asia/Shanghai');
    expect(site.legacyHosts).toEqual(['finews.withounder.com']);
    expect(Object.keys(site.categories).length).toBeGreaterThanOrEqual(10);
    expect(site.categories).toMatchObject({ qingdaocaijingwang: '青岛财经网', hongguan: '宏观经济', gushi: '股市动态', licai: '理财' });
  });

  it('gives each post a title, one known category, one to three tags and a past date', () => {
    const earliest = Date.UTC(2019, 0, 1) - 8 * 3600_000;
    for (const post of posts) {
      expect(post.title.length, post.path).toBeGreaterThan(5);
      expect(post.categories, post.path).toHaveLength(1);
      expect(Object.keys(site.categories), post.path).toContain(post.categories[0]);
      expect(post.tags.length, post.path).toBeGreaterThanOrEqual(1);
      expect(post.tags.length, post.path).toBeLessThanOrEqual(3);
      expect(post.hasTime, post.path).toBe(true);
      expect(post.date, post.path).toBeGreaterThanOrEqual(earliest);
      expect(post.date, post.path).toBeLessThan(Date.now());
    }
  });

  it('keeps each body between 2 and 12 KB and each slug unique', () => {
    for (const post of posts) {
      const bytes = Buffer.byteLength(post.body);
      expect(bytes, post.path).toBeGreaterThanOrEqual(2 * 1024);
      expect(bytes, post.path).toBeLessThanOrEqual(12 * 1024);
    }
    expect(new Set(posts.map((post) => post.slug)).size).toBe(posts.length);
  });

  it('names files by their date and spreads them over folders and years', () => {
    for (const post of posts) {
      const name = post.path.slice(post.path.lastIndexOf('/') + 1);
      expect(name, post.path).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+-\d+\.md$/);
      expect(tree.get(post.path)?.toString('utf8'), post.path).toContain(`date: ${name.slice(0, 10)} `);
    }
    expect(posts.some((post) => !post.path.includes('/'))).toBe(true);
    expect(posts.some((post) => /^\d{4}\/\d{2}\//.test(post.path))).toBe(true);
    expect(new Set(posts.map((post) => new Date(post.date).getUTCFullYear())).size).toBeGreaterThanOrEqual(4);
  });

  it('writes tags both as a YAML list and as a space-separated string', () => {
    const texts = postFiles(tree).map(([, text]) => text);
    expect(texts.some((text) => /^tags:\n {2}- /m.test(text))).toBe(true);
    expect(texts.some((text) => /^tags: [^[\n]+$/m.test(text))).toBe(true);
  });

  it('ends each body like the seed, with blank lines around the bare source URL', () => {
    for (const post of posts) {
      expect(post.body, post.path).toMatch(
        /^<p>[^\n]+<\/p>\n( <p>[^\n]+<\/p>\n)* <p>[^\n]+<\/p><p class="em_media">（文章来源：[^\n]+）<\/p>\n\n<http:\/\/finews\.zning\.xyz\/html_News\/NewsShare\.html\?infoCode=NW\d{18}>\n\n\[返回[^\n]+新闻\]\(\/\/finews\.withounder\.com\/category\/[a-z]+\.html\)｜\[返回首页\]\(\/\/finews\.withounder\.com\/\)$/,
      );
    }
  });

  it('renders each body with its source link taken out and the navigation pointing at this site', () => {
    for (const post of posts) {
      const rendered = renderBody(post.body, { legacyHosts: site.legacyHosts });
      const html = toHtml(rendered.tree);
      expect(rendered.source, post.path).toMatch(/^http:\/\/finews\.zning\.xyz\//);
      expect(html, post.path).toContain(`<a href="/category/${post.categories[0]}">`);
      expect(html, post.path).toContain('<a href="/">返回首页</a>');
      expect(html, post.path).toContain('<p class="em_media">');
      expect(html, post.path).not.toContain('withounder');
    }
  });
});

describe('gen-posts: reusing a folder', () => {
  it('skips a folder that already holds the same corpus', () => {
    const run = generate(first, 50, 7);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('cached');
  });

  it('replaces only its own files when the seed or count changes', () => {
    const dir = path.join(scratch, 'reuse');
    generate(dir, 20, 1);
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    const run = generate(dir, 10, 2);
    expect(run.status).toBe(0);
    const files = readTree(dir);
    expect(files.get('notes.txt')?.toString('utf8')).toBe('kept');
    expect(postFiles(files)).toHaveLength(10);
    expect(files.get('.gen-stamp')?.toString('utf8')).toContain('"seed":2');
  });

  it('refuses a non-empty folder it did not write', () => {
    const dir = path.join(scratch, 'foreign');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'post.md'), '---\ntitle: 手写\n---\n正文');
    const run = generate(dir, 5, 1);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refusing');
    expect(readTree(dir).has('post.md')).toBe(true);
  });

  it('rejects a bad count', () => {
    const run = generate(path.join(scratch, 'bad'), 0, 1);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage');
  });
});

describe('gen-posts --shape jekyll', () => {
  const siteDir = path.join(scratch, 'jekyll-a');
  const jekyllRuns = [generate(siteDir, 300, 7, 'jekyll'), generate(path.join(scratch, 'jekyll-b'), 300, 7, 'jekyll')];
  const bigger = generate(path.join(scratch, 'jekyll-big'), 1500, 7, 'jekyll');
  const files = readTree(siteDir);
  const text = (name: string) => files.get(name)?.toString('utf8');
  const { site: jekyllSite, problems: jekyllProblems } = parseSiteConfig(undefined, undefined, text('_config.yml'));
  const postTexts = [...files].filter(([name]) => /^(_posts|old_post)\//.test(name)).map(([name, bytes]) => [name, bytes.toString('utf8')] as const);
  const isOddity = (name: string) => name.startsWith('_posts/-');
  const parsed = postTexts.filter(([name]) => !isOddity(name)).map(([name, body]) => {
    const result = parsePost(name, body, jekyllSite);
    if (!result.ok) throw new Error(`${name}: ${result.issue?.reason ?? 'a Jekyll page'}`);
    return result.post;
  });
  const categoryPages = [...files].filter(([name]) => name.startsWith('category/')).map(([name, bytes]) => [name, bytes.toString('utf8')] as const);
  const sources = new Map(categoryPages.map(([, page]) => {
    const [, name = '', slug = ''] = /^---\nlayout: category\ntitle: (.+)\ncategory: (.+)\n---$/.exec(page) ?? [];
    return [slug, name];
  }));
  const withFrontMatter = (body: string) => /^\n?---\nlayout: post\ntitle: "([^"\n]*)"\ndate: ([^\n]*)\ncategories: ([^\n]+)\ntags: ([^\n]+)\n---\n/.exec(body);
  const bigFiles = readTree(path.join(scratch, 'jekyll-big'));
  /** Each post's `tags:` value, as written. */
  const tagLines = (tree: Map<string, Buffer>) => [...tree].filter(([name]) => /^(_posts|old_post)\//.test(name))
    .map(([name, bytes]) => /^tags: (.+)$/m.exec(bytes.toString('utf8'))?.[1] ?? name);
  /** Words of the source names, as Jekyll splits them; a tag that is none of these is a topic word. */
  const sourceWords = (tree: Map<string, Buffer>) => new Set([...tree].filter(([name]) => name.startsWith('category/'))
    .flatMap(([, bytes]) => /^title: (.+)$/m.exec(bytes.toString('utf8'))?.[1]?.split(/\s+/) ?? []));
  /** Distinct tags (split on whitespace, as Jekyll and the reader do) and how often each topic word is used. */
  const countTags = (tree: Map<string, Buffer>) => {
    const lines = tagLines(tree);
    const words = sourceWords(tree);
    const tags = new Set(lines.flatMap((line) => line.split(/\s+/)));
    const topics = new Map<string, number>();
    for (const line of lines) for (const tag of line.split(/\s+/)) if (!words.has(tag)) topics.set(tag, (topics.get(tag) ?? 0) + 1);
    const withTopic = lines.filter((line) => line.split(/\s+/).some((tag) => !words.has(tag))).length;
    return { lines, tags, topics, withTopic };
  };

  it('exits cleanly, writes byte-identical sites for the same seed, count and shape, and caches them', () => {
    for (const run of [...jekyllRuns, bigger]) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(jekyllRuns[0]?.stdout).toMatch(/wrote 300 posts .* as a Jekyll site with 20 categories: .*\(\d+ bytes\) in [\d.]+ s/);
    const again = readTree(path.join(scratch, 'jekyll-b'));
    expect([...again.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [name, bytes] of files) expect(again.get(name)?.equals(bytes), name).toBe(true);
    expect(generate(siteDir, 300, 7, 'jekyll').stdout).toContain('cached');
  });

  it('writes the site files of the upstream checkout and no _site.yml', () => {
    for (const name of ['_config.yml', 'CNAME', 'README.md', 'index.md', 'emnews.md', 'categories.md', '404.md', '_layouts/post.html', '_layouts/category.html', '_layouts/default.html']) {
      expect(files.has(name), name).toBe(true);
    }
    expect(files.has('_site.yml')).toBe(false);
    expect(text('CNAME')).toBe('finews.zning.me');
    expect(jekyllProblems).toEqual([]);
    expect(jekyllSite).toMatchObject({ title: '金融消息', timezone: 'Asia/Shanghai', jekyll: true });
    expect(jekyllSite.legacyHosts).toContain('finews.withounder.com');
    expect(text('_config.yml')).toMatch(/^plugins:\n {2}- jekyll-feed$/m);
    expect(text('index.md')).toMatch(/^---\nlayout: default\ntitle: {2}"首页"\npermalink: \/\n---\n[^]*\{% for post in site\.posts/);
    expect(text('emnews.md')).toMatch(/^---\nlayout: default\ntitle: {2}"东财滚动新闻"\npermalink: \/emnews\/\n---\n[^]*\{% for /);
    expect(text('categories.md')).toContain('permalink: /categories/');
    expect(text('404.md')).toMatch(/^---\nlayout: default\n/);
  });

  it('writes one exactly-shaped category page per source, with every messy slug upstream had', () => {
    expect(categoryPages).toHaveLength(20);
    expect([...bigFiles.keys()].filter((name) => name.startsWith('category/'))).toHaveLength(30);
    for (const [name, page] of categoryPages) {
      const match = /^---\nlayout: category\ntitle: (.+新闻)\ncategory: (.+)\n---$/.exec(page);
      expect(match?.[2] && `category/${match[2]}.html`, name).toBe(name);
    }
    const slugs = [...sources.keys()];
    expect(sources.get('emnews')).toBe('东财滚动新闻');
    expect(slugs.some((slug) => /^\S+ \S+$/.test(slug))).toBe(true);
    expect(slugs.some((slug) => /\S {2}\S/.test(slug))).toBe(true);
    expect(slugs.some((slug) => /^[a-z]+\([a-z]+\)$/.test(slug))).toBe(true);
    expect(slugs.some((slug) => /^\d/.test(slug))).toBe(true);
    expect(slugs.some((slug) => /[A-Z]/.test(slug))).toBe(true);
    const lower = slugs.map((slug) => slug.toLowerCase());
    expect(new Set(lower).size).toBeLessThan(slugs.length);
  });

  it('names posts like upstream and keeps only the newest three days in _posts/', () => {
    expect(postTexts).toHaveLength(300);
    for (const [name] of postTexts) expect(name).toMatch(/^(_posts|old_post)\/(\d{4}-\d{2}-\d{2}-(NW)?\d{18}|-\d{18})\.md$/);
    const dated = postTexts.map(([name]) => name).filter((name) => !isOddity(name));
    const days = (folder: string) => dated.filter((name) => name.startsWith(folder)).map((name) => name.slice(folder.length, folder.length + 10));
    const newest = days('_posts/').sort();
    const older = days('old_post/').sort();
    expect(newest.length).toBeGreaterThan(0);
    expect(newest.length).toBeLessThan(older.length / 10);
    expect((older.at(-1) ?? '') < (newest[0] ?? '')).toBe(true);
    expect(older[0] ?? '').toMatch(/^2021-12-/);
    expect(newest.at(-1) ?? '').toMatch(/^2022-06-/);
    const nw = dated.filter((name) => name.includes('-NW')).length;
    expect(nw).toBeGreaterThan(300 * 0.08);
    expect(nw).toBeLessThan(300 * 0.25);
  });

  it('writes the five keys in upstream order, and every post reads back through the project parser', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(295);
    for (const [name, body] of postTexts) {
      const match = withFrontMatter(body);
      expect(match, name).not.toBeNull();
      const [, , , slug = '', tag = ''] = match ?? [];
      const sourceName = sources.get(slug) ?? '';
      // The source's name, or it and one topic word after a space.
      expect(sourceName, name).not.toBe('');
      expect(tag === sourceName || (tag.startsWith(`${sourceName} `) && /^\S+$/.test(tag.slice(sourceName.length + 1))), `${name}: ${tag}`).toBe(true);
    }
    for (const post of parsed) {
      const [, , , slug = ''] = withFrontMatter(text(post.path) ?? '') ?? [];
      expect(post.categories, post.path).toEqual(slug.split(/\s+/));
      expect(post.date, post.path).toBeGreaterThanOrEqual(Date.UTC(2021, 10, 30, 16));
      expect(post.date, post.path).toBeLessThan(Date.UTC(2022, 5, 13));
    }
    const emnews = parsed.filter((post) => post.categories[0] === 'emnews').length;
    expect(emnews).toBeGreaterThan(300 * 0.3);
    expect(emnews).toBeLessThan(300 * 0.5);
    expect(postTexts.some(([, body]) => /^date: \S+ \S+$/m.test(body))).toBe(true);
  });

  it('includes the no-date oddity, which the parser rejects, and an emnews/NW pair with the same title and date', () => {
    const oddities = postTexts.filter(([name]) => isOddity(name));
    expect(oddities.length).toBeGreaterThanOrEqual(1);
    for (const [name, body] of oddities) {
      expect(body, name).toMatch(/^\n?---\nlayout: post\ntitle: ""\ndate: {2}\+0800\n/);
      expect(parsePost(name, body, jekyllSite).ok, name).toBe(false);
    }
    const nwPosts = parsed.filter((post) => post.slug.startsWith('NW'));
    const twins = nwPosts.filter((post) => parsed.some((other) => other.slug === post.slug.slice(2) && other.title === post.title && other.date === post.date));
    expect(twins.length).toBeGreaterThanOrEqual(1);
    // The topic word belongs to the article, so both copies carry the same one (or neither does).
    const words = sourceWords(files);
    const topicOf = (post: Post) => post.tags.filter((tag) => !words.has(tag));
    for (const post of twins) expect(topicOf(post), post.path).toEqual(topicOf(parsed.find((other) => other.slug === post.slug.slice(2)) as Post));
  });

  it('tags about 30% of posts with a topic word too, split into a tag of its own, from a pool of about count/30 words', () => {
    const small = countTags(files);
    const big = countTags(bigFiles);
    for (const { lines, withTopic } of [small, big]) {
      expect(withTopic).toBeGreaterThan(lines.length * 0.2);
      expect(withTopic).toBeLessThan(lines.length * 0.4);
    }
    // 300 posts: 20 sources and at most 10 topic words; 1,500 posts: 30 sources and at most 50, so many more tags than sources.
    expect(small.lines).toHaveLength(300);
    expect(small.topics.size).toBeGreaterThanOrEqual(8);
    expect(small.topics.size).toBeLessThanOrEqual(10);
    expect(small.tags.size).toBeGreaterThanOrEqual(20 + 8);
    expect(small.tags.size).toBeLessThanOrEqual(40);
    expect(big.lines).toHaveLength(1500);
    expect(big.topics.size).toBeGreaterThanOrEqual(40);
    expect(big.topics.size).toBeLessThanOrEqual(50);
    expect(big.tags.size).toBeGreaterThan(2.5 * 30);
    expect(big.tags.size).toBeLessThanOrEqual(100);
    for (const topic of big.topics.keys()) {
      expect(topic).toMatch(/^[\u4e00-\u9fff]{4,6}$/);
      expect(topic.endsWith('新闻'), topic).toBe(false);
    }
    // The same words whatever the count: the smaller corpus draws from the start of the larger one's pool.
    for (const topic of small.topics.keys()) expect(big.topics.has(topic), topic).toBe(true);
    // Skewed: the busiest topic word is used several times as often as the middle one.
    const uses = [...big.topics.values()].sort((a, b) => b - a);
    expect(uses[0] ?? 0).toBeGreaterThan(3 * (uses[uses.length >> 1] ?? 0));
  });

  it('writes the three generations of body, with the stock links, K-line blocks and source line of each', () => {
    const bodies = parsed.map((post) => ({ post, body: post.body }));
    const digest = bodies.filter(({ body }) => /^\n[^<>\n]+\n\n<http:\/\/\w+\.eastmoney\.com\/news\/\d+,\d{18}\.html>/.test(body));
    const emnews = bodies.filter(({ body }) => body.startsWith('> '));
    const nw = bodies.filter(({ post }) => post.slug.startsWith('NW'));
    expect(digest.length).toBeGreaterThan(300 * 0.08);
    expect(emnews.length).toBeGreaterThan(300 * 0.4);
    for (const { post, body } of emnews) {
      expect(body, post.path).toMatch(/^> [^\n]+\n\n<p>[^\n]+<p class="em_media">（文章来源：[^\n]+）<\/p>\n\n<http:\/\/\w+\.eastmoney\.com\/news\/\d+,\d{18}\.html>/);
    }
    for (const { post, body } of nw) {
      expect(body, post.path).toMatch(/^<p>[^]+<p class="em_media">（文章来源：[^\n]+）<\/p>\n\n<http:\/\/finews\.zning\.xyz\/html_News\/NewsShare\.html\?infoCode=NW\d{18}>/);
      expect(body, post.path).not.toContain('class="keytip"');
    }
    const html = [...emnews, ...nw];
    for (const { post, body } of html) {
      const size = Buffer.byteLength(body);
      expect(size, post.path).toBeGreaterThan(900);
      expect(size, post.path).toBeLessThan(12 * 1024);
    }
    expect(emnews.some(({ body }) => /<span id="stock_1\.\d{6}"><a href="http:\/\/quote\.eastmoney\.com\/unify\/r\/1\.\d{6}" class="keytip" data-code="1,\d{6}">[^<]+<\/a><\/span><span id="quote_1\.\d{6}"><\/span>/.test(body))).toBe(true);
    expect(emnews.some(({ body }) => body.includes('<p><strong>'))).toBe(true);
    expect(html.some(({ body }) => body.includes('<p style="display:none;height:1px;overflow:hidden;"><br /></p><!-- EM_StockImg_Start -->'))).toBe(true);
  });

  it('ends posts with every 返回 form upstream used, or none, and starts some with a blank line', () => {
    const all = postTexts.map(([, body]) => body);
    const forms = [
      /\[返回[^\]]+\]\(\/\/finews\.withounder\.com\/[^/)]+\/\)｜\[返回首页\]\(\/\/finews\.withounder\.com\/\)\n?$/,
      /\[返回[^\]]+\]\(\/\/finews\.zning\.me\/[^/)]+\/\)\n\[返回首页\]\(\/\/finews\.zning\.me\/\)\n?$/,
      /\[返回[^\]]+\]\(\.\.\/[^/)]+\/\)\n\[返回首页\]\(\.\.\/\)\n?$/,
      /\[返回[^\]]+\]\(\.\/[^/)]+\/\)\n\[返回首页\]\(\.\/\)\n?$/,
      /\[返回[^\]]+\]\(<?\/\/finews\.withounder\.com\/category\/[^)]+\.html>?\)｜\[返回首页\]\(\/\/finews\.withounder\.com\/\)\n?$/,
      /\n\n<[^\n]*>\n?$/,
    ];
    for (const form of forms) expect(all.some((body) => form.test(body)), String(form)).toBe(true);
    expect(all.filter((body) => body.startsWith('\n---\n')).length).toBeGreaterThan(300 * 0.04);
    for (const body of all.filter((text) => /^categories: \S+ /m.test(text))) {
      expect(body).not.toMatch(/\]\([^<)]* [^)]*\)/);
    }
  });

  it('removes its own files, category pages and site files included, when the shape or count changes', () => {
    const dir = path.join(scratch, 'jekyll-reuse');
    generate(dir, 300, 3, 'jekyll');
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    expect(generate(dir, 120, 3, 'jekyll').status).toBe(0);
    const smaller = readTree(dir);
    expect(smaller.get('.gen-stamp')?.toString('utf8')).toContain('"count":120,"seed":3,"shape":"jekyll"');
    expect([...smaller.keys()].filter((name) => name.endsWith('.md') && /^(_posts|old_post)\//.test(name))).toHaveLength(120);
    expect(generate(dir, 10, 3).status).toBe(0);
    const flat = readTree(dir);
    expect([...flat.keys()].filter((name) => !/^\d{4}\/|^\d{4}-/.test(name)).sort()).toEqual(['.gen-stamp', '_site.yml', 'notes.txt']);
    expect(readdirSync(dir)).not.toContain('category');
  });

  it('replaces a site written by the previous jekyll version (no topic words) and refuses an unknown version', () => {
    const dir = path.join(scratch, 'jekyll-old');
    generate(dir, 120, 3, 'jekyll');
    const fresh = readTree(dir);
    expect(fresh.get('.gen-stamp')?.toString('utf8')).toMatch(/^\{"generator":"gen-posts","version":2,"count":120,"seed":3,"shape":"jekyll","complete":true,/);
    // What version 1 wrote: the same files, with only the source name in tags.
    for (const [name, bytes] of fresh) {
      if (/^(_posts|old_post)\//.test(name)) writeFileSync(path.join(dir, name), bytes.toString('utf8').replace(/^(tags: .+新闻) \S+$/m, '$1'));
    }
    const stampFile = path.join(dir, '.gen-stamp');
    writeFileSync(stampFile, fresh.get('.gen-stamp')?.toString('utf8').replace('"version":2', '"version":1') ?? '');
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    const run = generate(dir, 120, 3, 'jekyll');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('wrote 120 posts');
    const replaced = readTree(dir);
    expect(replaced.get('notes.txt')?.toString('utf8')).toBe('kept');
    replaced.delete('notes.txt');
    expect([...replaced.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, bytes] of fresh) expect(replaced.get(name)?.equals(bytes), name).toBe(true);

    writeFileSync(stampFile, replaced.get('.gen-stamp')?.toString('utf8').replace('"version":2', '"version":9') ?? '');
    const refused = generate(dir, 120, 3, 'jekyll');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('remove it by hand');
  });

  it('keeps the default shape at version 1 with no shape key in its stamp', () => {
    expect(tree.get('.gen-stamp')?.toString('utf8')).toMatch(/^\{"generator":"gen-posts","version":1,"count":50,"seed":7,"complete":true,"bytes":\d+\}\n$/);
  });

  it('rejects an unknown shape', () => {
    const run = generate(path.join(scratch, 'bad-shape'), 10, 1, 'hugo');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--shape default|jekyll');
  });
});
