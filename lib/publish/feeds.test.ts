// @vitest-environment jsdom
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { toAtomFeed, toFeedHtml, toJsonFeed, toXmlSafeText, type FeedEntry, type FeedSource } from './feeds';
import type { PostSummary, SiteConfig } from '../types';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const HOSTILE_TITLE = 'A & B <b>粗</b> ]]> x ]]> \u0001\u000b尾';
const HOSTILE_HTML = '<p>1 &amp; 2 &lt; 3 ]]> 中 ]]> \u0000\u0007\u001f</p>';

const site: SiteConfig = {
  title: '财经新闻',
  description: '青岛 & 全国 <财经>',
  timezone: 'Asia/Shanghai',
  categories: { hongguan: '宏观经济', licai: '理财' },
  legacyHosts: [],
  siteUrl: 'https://finews.example.com',
  navCategories: [],
  jekyll: false,
};

function summary(slug: string, title: string, date: string, extra: Partial<PostSummary> = {}): PostSummary {
  return {
    path: `${slug}.md`, slug, title, date: Date.parse(date), hasTime: true,
    categories: ['hongguan'], tags: ['利率'], redirectFrom: [], excerpt: `${title}的摘要`, published: true, ...extra,
  };
}

const entries: FeedEntry[] = [
  { summary: summary('newer', '较新的文章', '2024-03-02T08:00:00+08:00', { tags: ['利率', '宏观经济'] }), html: '<p>较新。</p>' },
  { summary: summary('中文网址', '较旧的文章', '2024-03-01T08:00:00+08:00', { categories: ['licai'] }), html: '<p>较旧。</p>' },
];
const source: FeedSource = { site, entries, now: Date.parse('2024-03-05T00:00:00Z') };

/** A strict XML parser: any well-formedness error throws. */
function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

function children(parent: Element, name: string): Element[] {
  return [...parent.children].filter((child) => child.localName === name && child.namespaceURI === ATOM);
}

function text(parent: Element, name: string): string {
  return children(parent, name)[0]?.textContent ?? '';
}

describe('toXmlSafeText', () => {
  it('strips the control characters XML cannot hold and keeps tab, newlines and all real text', () => {
    expect(toXmlSafeText('a\u0000b\u0008c\u000bd\u000ce\u000ef\u001fg')).toBe('abcdefg');
    expect(toXmlSafeText('\t行\n\r')).toBe('\t行\n\r');
    expect(toXmlSafeText('利率 & <b> ]]> 😀 \u007f')).toBe('利率 & <b> ]]> 😀 \u007f');
  });

  it('strips lone surrogates and the non-characters U+FFFE and U+FFFF', () => {
    expect(toXmlSafeText('a\ud800b\ufffec\uffffd')).toBe('abcd');
  });
});

describe('toFeedHtml', () => {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'a', properties: { href: '/category/hongguan' }, children: [{ type: 'text', value: '栏目 & <更多>' }] },
      { type: 'element', tagName: 'a', properties: { href: '#user-content-fn-1' }, children: [] },
      { type: 'element', tagName: 'img', properties: { src: 'https://img.example.com/a.png', alt: '' }, children: [] },
    ],
  };

  it('makes relative links absolute and escapes text', () => {
    const html = toFeedHtml(tree, 'https://finews.example.com/posts/x');
    expect(html).toContain('href="https://finews.example.com/category/hongguan"');
    expect(html).toContain('href="https://finews.example.com/posts/x#user-content-fn-1"');
    expect(html).toContain('src="https://img.example.com/a.png"');
    expect(html).toContain('栏目 &#x26; &#x3C;更多>');
  });

  it('leaves the cached tree as it was', () => {
    toFeedHtml(tree, 'https://finews.example.com/posts/x');
    expect(tree.children[0]).toMatchObject({ properties: { href: '/category/hongguan' } });
  });
});

describe('toAtomFeed', () => {
  it('has the feed and entry elements Atom requires, with absolute URLs and zoned dates', () => {
    const feed = parseXml(toAtomFeed(source)).documentElement;
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    expect(text(feed, 'id')).toBe('https://finews.example.com/feed.xml');
    expect(text(feed, 'title')).toBe('财经新闻');
    expect(text(feed, 'subtitle')).toBe('青岛 & 全国 <财经>');
    expect(text(feed, 'updated')).toBe('2024-03-02T08:00:00+08:00');
    const links = children(feed, 'link').map((link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`);
    expect(links).toEqual(['alternate https://finews.example.com/', 'self https://finews.example.com/feed.xml']);
    expect(text(children(feed, 'author')[0] ?? feed, 'name')).toBe('财经新闻');

    const items = children(feed, 'entry');
    expect(items).toHaveLength(2);
    const [first, second] = items;
    if (!first || !second) throw new Error('entries missing');
    expect(text(first, 'id')).toBe('https://finews.example.com/posts/newer');
    expect(text(first, 'title')).toBe('较新的文章');
    expect(text(first, 'updated')).toMatch(RFC3339);
    expect(text(first, 'updated')).toBe('2024-03-02T08:00:00+08:00');
    expect(text(first, 'published')).toBe('2024-03-02T08:00:00+08:00');
    expect(children(first, 'link')[0]?.getAttribute('href')).toBe('https://finews.example.com/posts/newer');
    expect(children(first, 'content')[0]?.getAttribute('type')).toBe('html');
    expect(text(first, 'content')).toBe('<p>较新。</p>');
    expect(text(first, 'summary')).toBe('较新的文章的摘要');
    expect(children(first, 'category').map((c) => c.getAttribute('term'))).toEqual(['宏观经济', '利率']);
    expect(text(second, 'id')).toBe('https://finews.example.com/posts/%E4%B8%AD%E6%96%87%E7%BD%91%E5%9D%80');
    expect(children(second, 'category').map((c) => c.getAttribute('term'))).toEqual(['理财', '利率']);
  });

  it('stays well-formed when a title, body or tag holds &, <, ]]> or control characters', () => {
    const hostile: FeedSource = {
      site: { ...site, title: '财经\u0002 & <新闻>' },
      entries: [{ summary: summary('bad', HOSTILE_TITLE, '2024-03-02T08:00:00+08:00', { tags: ['a<b', 'c&d"e', 'f]]>\u0003'], excerpt: '摘要 ]]> & <i>' }), html: HOSTILE_HTML }],
      now: 0,
    };
    const feed = parseXml(toAtomFeed(hostile)).documentElement;
    expect(text(feed, 'title')).toBe('财经 & <新闻>');
    const entry = children(feed, 'entry')[0];
    if (!entry) throw new Error('entry missing');
    // type="html": the text is HTML, and decoding it gives back the title as plain text.
    expect(text(entry, 'title')).toBe('A &amp; B &lt;b&gt;粗&lt;/b&gt; ]]&gt; x ]]&gt; 尾');
    expect(text(entry, 'content')).toBe('<p>1 &amp; 2 &lt; 3 ]]&gt; 中 ]]&gt; </p>');
    expect(text(entry, 'summary')).toBe('摘要 ]]&gt; &amp; &lt;i&gt;');
    expect(children(entry, 'category').map((c) => c.getAttribute('term'))).toEqual(['宏观经济', 'a＜b', 'c&d"e', 'f]]>']);
  });

  it('makes a category feed with its own id, title and self link', () => {
    const feed = parseXml(toAtomFeed({ ...source, category: 'hongguan' })).documentElement;
    expect(text(feed, 'id')).toBe('https://finews.example.com/category/hongguan/feed.xml');
    expect(text(feed, 'title')).toBe('宏观经济 | 财经新闻');
    const self = children(feed, 'link').find((link) => link.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe('https://finews.example.com/category/hongguan/feed.xml');
    const alternate = children(feed, 'link').find((link) => link.getAttribute('rel') === 'alternate');
    expect(alternate?.getAttribute('href')).toBe('https://finews.example.com/category/hongguan');
  });

  it('is valid with no posts, updated at the given time', () => {
    const feed = parseXml(toAtomFeed({ site, entries: [], now: Date.parse('2024-03-05T00:00:00Z') })).documentElement;
    expect(text(feed, 'updated')).toBe('2024-03-05T08:00:00+08:00');
    expect(children(feed, 'entry')).toHaveLength(0);
  });
});

type JsonItem = { id?: unknown; url?: unknown; title?: unknown; content_html?: unknown; summary?: unknown; date_published?: unknown; tags?: unknown };

function parseJsonFeed(json: string): { feed: Record<string, unknown>; items: JsonItem[] } {
  const feed: unknown = JSON.parse(json);
  if (typeof feed !== 'object' || feed === null || !('items' in feed) || !Array.isArray(feed.items)) throw new Error('no items');
  return { feed: { ...feed }, items: feed.items.filter((item): item is JsonItem => typeof item === 'object' && item !== null) };
}

describe('toJsonFeed', () => {
  it('has the fields JSON Feed 1.1 requires, with absolute URLs and RFC 3339 dates', () => {
    const { feed, items } = parseJsonFeed(toJsonFeed(source));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('财经新闻');
    expect(feed.home_page_url).toBe('https://finews.example.com/');
    expect(feed.feed_url).toBe('https://finews.example.com/feed.json');
    expect(feed.language).toBe('zh-CN');
    expect(feed.authors).toEqual([{ name: '财经新闻', url: 'https://finews.example.com' }]);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      id: 'https://finews.example.com/posts/newer',
      url: 'https://finews.example.com/posts/newer',
      title: '较新的文章',
      content_html: '<p>较新。</p>',
      summary: '较新的文章的摘要',
      date_published: '2024-03-02T08:00:00+08:00',
      tags: ['宏观经济', '利率'],
    });
    for (const item of items) expect(item.date_published).toMatch(RFC3339);
    expect(items[1]?.tags).toEqual(['理财', '利率']);
  });

  it('keeps a hostile title as plain text, minus control characters', () => {
    const hostile = { site, entries: [{ summary: summary('bad', HOSTILE_TITLE, '2024-03-02T08:00:00+08:00'), html: HOSTILE_HTML }], now: 0 };
    const { items } = parseJsonFeed(toJsonFeed(hostile));
    expect(items[0]?.title).toBe('A & B <b>粗</b> ]]> x ]]> 尾');
    expect(items[0]?.content_html).toBe('<p>1 &amp; 2 &lt; 3 ]]> 中 ]]> </p>');
  });

  it('gives a category document no feed_url, since only the site has a JSON feed', () => {
    const { feed } = parseJsonFeed(toJsonFeed({ ...source, category: 'hongguan' }));
    expect(feed.title).toBe('宏观经济 | 财经新闻');
    expect(feed.home_page_url).toBe('https://finews.example.com/category/hongguan');
    expect(feed.feed_url).toBeUndefined();
  });
});
