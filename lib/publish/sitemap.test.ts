// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  parseSitemapChunkId,
  SITEMAP_LIMIT,
  toSitemap,
  toSitemapChunk,
  toSitemapEntries,
  type SitemapEntry,
} from './sitemap';
import type { PostSummary, SiteConfig } from '../types';

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NOW = Date.parse('2024-06-01T00:00:00Z');

const site: SiteConfig = {
  title: '财经新闻',
  description: '',
  timezone: 'Asia/Shanghai',
  categories: {},
  legacyHosts: [],
  siteUrl: 'https://finews.example.com',
  navCategories: [],
  jekyll: false,
};

function post(slug: string, date: string, categories: string[], tags: string[]): PostSummary {
  return { path: `${slug}.md`, slug, title: slug, date: Date.parse(date), hasTime: true, categories, tags, redirectFrom: [], excerpt: '', published: true };
}

/** A strict XML parser: any well-formedness error throws. */
function parseXml(xml: string): Element {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc.documentElement;
}

function rows(root: Element, name: string): { loc: string; lastmod: string }[] {
  return [...root.children]
    .filter((child) => child.localName === name && child.namespaceURI === NS)
    .map((child) => ({
      loc: child.getElementsByTagNameNS(NS, 'loc')[0]?.textContent ?? '',
      lastmod: child.getElementsByTagNameNS(NS, 'lastmod')[0]?.textContent ?? '',
    }));
}

function toIndex(posts: PostSummary[], keys: (post: PostSummary) => string[]): Map<string, PostSummary[]> {
  const map = new Map<string, PostSummary[]>();
  for (const item of posts) for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  return map;
}

function fakeEntries(count: number): SitemapEntry[] {
  return Array.from({ length: count }, (_, i) => ({ loc: `https://finews.example.com/posts/p${i}`, lastmod: Date.UTC(2020, 0, 1) + i * 1000 }));
}

describe('toSitemapEntries', () => {
  const posts = [
    post('future', '2099-01-01T00:00:00+08:00', ['hongguan', 'weilai'], ['未来']),
    post('new', '2024-05-02T09:30:00+08:00', ['hongguan'], ['利率']),
    post('old', '2023-01-01T08:00:00+08:00', ['licai'], ['利率', 'A&B']),
  ];
  const byCategory = toIndex(posts, (p) => p.categories);
  const byTag = toIndex(posts, (p) => p.tags);

  it('lists home, categories and tags with visible posts, then the visible posts, each with its newest date', () => {
    const entries = toSitemapEntries({ site, posts, byCategory, byTag }, NOW);
    const rendered = rows(parseXml(toSitemap(entries, site)), 'url');
    expect(rendered).toEqual([
      { loc: 'https://finews.example.com/', lastmod: '2024-05-02T09:30:00+08:00' },
      { loc: 'https://finews.example.com/category/hongguan', lastmod: '2024-05-02T09:30:00+08:00' },
      { loc: 'https://finews.example.com/category/licai', lastmod: '2023-01-01T08:00:00+08:00' },
      { loc: 'https://finews.example.com/tags/%E5%88%A9%E7%8E%87', lastmod: '2024-05-02T09:30:00+08:00' },
      { loc: 'https://finews.example.com/tags/A%26B', lastmod: '2023-01-01T08:00:00+08:00' },
      { loc: 'https://finews.example.com/posts/new', lastmod: '2024-05-02T09:30:00+08:00' },
      { loc: 'https://finews.example.com/posts/old', lastmod: '2023-01-01T08:00:00+08:00' },
    ]);
  });
});

describe('toSitemap', () => {
  it('escapes the characters XML reserves in a URL', () => {
    const root = parseXml(toSitemap([{ loc: "https://x.example/a?b=1&c=<'\">", lastmod: NOW }], site));
    expect(root.localName).toBe('urlset');
    expect(rows(root, 'url')).toEqual([{ loc: "https://x.example/a?b=1&c=<'\">", lastmod: '2024-06-01T08:00:00+08:00' }]);
  });

  // Big documents are counted, not mapped: jsdom walks 50,000 children slowly.
  it('is one urlset with every URL at exactly the limit, with no children', () => {
    const entries = fakeEntries(SITEMAP_LIMIT);
    const root = parseXml(toSitemap(entries, site));
    expect(root.localName).toBe('urlset');
    expect(root.namespaceURI).toBe(NS);
    expect(root.getElementsByTagNameNS(NS, 'url')).toHaveLength(50_000);
    expect(root.getElementsByTagNameNS(NS, 'lastmod')).toHaveLength(50_000);
    expect(toSitemapChunk(entries, site, 1)).toBeUndefined();
  }, 60_000);

  it('becomes an index of children of at most 50,000 URLs past the limit', () => {
    const entries = fakeEntries(120_001);
    const index = parseXml(toSitemap(entries, site));
    expect(index.localName).toBe('sitemapindex');
    expect(index.namespaceURI).toBe(NS);
    const children = rows(index, 'sitemap');
    expect(children.map((child) => child.loc)).toEqual([
      'https://finews.example.com/sitemaps/1.xml',
      'https://finews.example.com/sitemaps/2.xml',
      'https://finews.example.com/sitemaps/3.xml',
    ]);
    // Each child's lastmod is the newest of its URLs.
    expect(children.map((child) => child.lastmod)).toEqual(['2020-01-01T21:53:19+08:00', '2020-01-02T11:46:39+08:00', '2020-01-02T17:20:00+08:00']);

    const chunks = [1, 2, 3].map((id) => toSitemapChunk(entries, site, id) ?? '');
    expect(chunks.map((xml) => xml.match(/<url>/g)?.length)).toEqual([50_000, 50_000, 20_001]);
    const last = parseXml(chunks[2] ?? '');
    expect(last.localName).toBe('urlset');
    const locs = last.getElementsByTagNameNS(NS, 'loc');
    expect(locs).toHaveLength(20_001);
    expect(locs[0]?.textContent).toBe('https://finews.example.com/posts/p100000');
    expect(locs[20_000]?.textContent).toBe('https://finews.example.com/posts/p120000');
    expect(toSitemapChunk(entries, site, 4)).toBeUndefined();
    expect(toSitemapChunk(entries, site, 0)).toBeUndefined();
  }, 60_000);
});

describe('parseSitemapChunkId', () => {
  it('reads /sitemaps/<n>.xml and nothing else', () => {
    expect(parseSitemapChunkId('1.xml')).toBe(1);
    expect(parseSitemapChunkId('12.xml')).toBe(12);
    for (const bad of ['0.xml', '01.xml', '1', '1.xml.gz', 'a.xml', '-1.xml']) expect(parseSitemapChunkId(bad)).toBeUndefined();
  });
});
