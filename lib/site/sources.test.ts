import { describe, expect, it } from 'vitest';
import { HEADER_NAMED_LIMIT, toHeaderSources, toSourceIndex } from './sources';
import type { PostSummary, SiteConfig } from '../types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2024, 5, 1);

const site: SiteConfig = {
  title: '财经新闻',
  description: '',
  timezone: 'Asia/Shanghai',
  categories: { macro: '宏观', stocks: '股市' },
  navCategories: [],
  legacyHosts: [],
  siteUrl: 'https://example.com',
  jekyll: false,
};

function post(slug: string, date: number, categories: string[]): PostSummary {
  return { path: `${slug}.md`, slug, title: slug, date, hasTime: true, categories, tags: [], redirectFrom: [], excerpt: '', published: true };
}

/** A snapshot's lists as toSnapshot builds them: newest first, each post in each of its categories. */
function toSources(posts: PostSummary[], siteConfig: SiteConfig = site) {
  const sorted = [...posts].sort((a, b) => b.date - a.date);
  const byCategory = new Map<string, PostSummary[]>();
  for (const item of sorted) for (const slug of item.categories) byCategory.set(slug, [...(byCategory.get(slug) ?? []), item]);
  return { site: siteConfig, posts: sorted, byCategory };
}

// The archive stopped in 2020: its last week is the week before its newest post, not before NOW.
const END = Date.UTC(2020, 2, 10);
const archive = [
  post('n1', END, ['stocks']),
  post('n2', END - 1 * DAY, ['macro']),
  post('n3', END - 2 * DAY, ['macro', 'bonds']),
  post('n4', END - 6 * DAY, ['zeta']),
  post('n5', END - 6 * DAY, ['alpha']),
  post('old1', END - 8 * DAY, ['old']),
  post('old2', END - 30 * DAY, ['old']),
  post('old3', END - 60 * DAY, ['old']),
];

describe('toHeaderSources', () => {
  it('names the most active sources of the archive’s last week, ties by slug', () => {
    const links = toHeaderSources(toSources(archive), NOW);
    expect(links.map((link) => link.url)).toEqual(['/category/macro', '/category/alpha', '/category/bonds', '/category/stocks', '/category/zeta']);
    expect(links[0]).toEqual({ name: '宏观', url: '/category/macro' });
  });

  it('keeps to eight sources', () => {
    const busy = Array.from({ length: 12 }, (_, i) => post(`p${i}`, END - i * 1000, [`s${String(i).padStart(2, '0')}`]));
    expect(toHeaderSources(toSources(busy), NOW)).toHaveLength(8);
  });

  it('ignores posts that are not published yet, also for the week', () => {
    const future = post('future', NOW + DAY, ['future']);
    const links = toHeaderSources(toSources([future, ...archive]), NOW);
    expect(links.map((link) => link.url)).not.toContain('/category/future');
    expect(links).toHaveLength(5);
  });

  it('uses the sources `_site.yml` names, in its order, when they have posts', () => {
    const named = { ...site, navCategories: ['stocks', 'empty', 'old', 'macro'] };
    expect(toHeaderSources(toSources(archive, named), NOW).map((link) => link.name)).toEqual(['股市', 'old', '宏观']);
  });

  it('keeps a long `_site.yml` list short', () => {
    const many = Array.from({ length: 30 }, (_, i) => post(`m${i}`, END - i * DAY, [`m${i}`]));
    const named = { ...site, navCategories: many.map((item) => item.slug) };
    expect(toHeaderSources(toSources(many, named), NOW)).toHaveLength(HEADER_NAMED_LIMIT);
  });

  it('is empty for an empty archive', () => {
    expect(toHeaderSources(toSources([]), NOW)).toEqual([]);
  });
});

describe('toSourceIndex', () => {
  it('lists every source with posts: most posts first, then newest post, with the slug when it has a name', () => {
    const view = toSourceIndex(toSources(archive), NOW);
    expect(view.title).toBe('全部来源');
    expect(view.url).toBe('/categories');
    expect(view.description).toBe('全部 6 个来源，文章多的在前');
    expect(view.entries.map((entry) => [entry.name, entry.detail, entry.count])).toEqual([
      ['old', undefined, 3],
      ['宏观', 'macro', 2],
      ['股市', 'stocks', 1],
      ['bonds', undefined, 1],
      ['alpha', undefined, 1],
      ['zeta', undefined, 1],
    ]);
    expect(view.entries[1]?.url).toBe('/category/macro');
    expect(view.related).toEqual([{ name: '全部标签', url: '/tags' }]);
  });

  it('leaves out sources whose posts are all in the future, until they come due', () => {
    const sources = toSources([post('later', NOW + DAY, ['later']), ...archive]);
    expect(toSourceIndex(sources, NOW).entries.map((entry) => entry.name)).not.toContain('later');
    expect(toSourceIndex(sources, NOW + 2 * DAY).entries.map((entry) => entry.name)).toContain('later');
  });

  it('computes once per snapshot while nothing comes due', () => {
    const sources = toSources(archive);
    expect(toSourceIndex(sources, NOW)).toBe(toSourceIndex(sources, NOW + DAY));
    expect(toSourceIndex(toSources(archive), NOW)).not.toBe(toSourceIndex(sources, NOW));
  });
});
