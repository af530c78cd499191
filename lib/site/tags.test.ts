import { describe, expect, it } from 'vitest';
import { CHIP_LIMIT, countTags, toChips, toTagIndex } from './tags';
import type { TagCount } from '../views';
import type { PostSummary, SiteConfig } from '../types';
import { withTags } from './urls';

const NOW = Date.UTC(2024, 5, 1);

const site: SiteConfig = {
  title: '财经新闻',
  description: '',
  timezone: 'Asia/Shanghai',
  categories: { macro: '宏观' },
  navCategories: [],
  legacyHosts: [],
  siteUrl: 'https://example.com',
  jekyll: false,
};

function post(slug: string, date: number, categories: string[], tags: string[]): PostSummary {
  return { path: `${slug}.md`, slug, title: slug, date, hasTime: true, categories, tags, redirectFrom: [], excerpt: '', published: true };
}

const posts = [
  post('future', NOW + 1000, ['macro'], ['未来']),
  post('a', NOW - 1000, ['macro'], ['利率', '央行']),
  post('b', NOW - 2000, ['macro'], ['利率']),
  post('c', NOW - 3000, ['stocks'], ['A股', '利率']),
];
const snapshot = {
  site,
  posts,
  byCategory: new Map([
    ['macro', posts.filter((item) => item.categories.includes('macro'))],
    ['stocks', posts.filter((item) => item.categories.includes('stocks'))],
    ['later', posts.slice(0, 1)],
  ]),
};

const counts = (n: number): TagCount[] => Array.from({ length: n }, (_, i) => ({ name: `t${String(i + 1).padStart(2, '0')}`, count: 100 - i }));

describe('countTags', () => {
  it('counts the visible posts’ tags, most used first, ties by name', () => {
    expect(countTags(posts, posts.slice(1))).toEqual([
      { name: '利率', count: 3 },
      { name: 'A股', count: 1 },
      { name: '央行', count: 1 },
    ]);
  });

  it('keeps the counts until a post comes due', () => {
    const list = posts.slice();
    const first = countTags(list, list.slice(1));
    expect(countTags(list, list.slice(1))).toBe(first);
    expect(countTags(list, list)).toContainEqual({ name: '未来', count: 1 });
  });
});

describe('toChips', () => {
  const url = (tags: string[]) => withTags('/', tags);

  it(`shows the ${CHIP_LIMIT} most used and counts the rest`, () => {
    const { chips, hidden } = toChips(counts(20), [], url);
    expect(chips.map((chip) => chip.name)).toEqual(counts(12).map((tag) => tag.name));
    expect(hidden).toBe(8);
    expect(chips[0]).toEqual({ name: 't01', count: 100, selected: false, url: '/?tag=t01' });
  });

  it('keeps a selected tag beyond the first twelve, and one the list does not have, first', () => {
    const { chips, hidden } = toChips(counts(20), ['t15', '没有'], url);
    expect(chips.map((chip) => chip.name)).toEqual(['没有', ...counts(12).map((tag) => tag.name), 't15']);
    expect(chips.at(-1)).toEqual({ name: 't15', count: 86, selected: true, url: '/?tag=%E6%B2%A1%E6%9C%89' });
    expect(chips[1]?.url).toBe('/?tag=t15&tag=%E6%B2%A1%E6%9C%89&tag=t01');
    expect(chips[0]).toMatchObject({ count: 0, selected: true, url: '/?tag=t15' });
    expect(hidden).toBe(7);
  });

  it('hides nothing on a list with few tags', () => {
    expect(toChips(counts(5), [], url).hidden).toBe(0);
  });
});

describe('toTagIndex', () => {
  it('lists every visible tag, each to its tag list', () => {
    const view = toTagIndex(snapshot, NOW);
    expect(view?.title).toBe('全部标签');
    expect(view?.url).toBe('/tags');
    expect(view?.entries).toEqual([
      { name: '利率', count: 3, url: '/tags/%E5%88%A9%E7%8E%87' },
      { name: 'A股', count: 1, url: '/tags/A%E8%82%A1' },
      { name: '央行', count: 1, url: '/tags/%E5%A4%AE%E8%A1%8C' },
    ]);
  });

  it('lists a category’s tags, each to the category filtered by it', () => {
    const view = toTagIndex(snapshot, NOW, 'macro');
    expect(view?.title).toBe('宏观的标签');
    expect(view?.url).toBe('/tags?category=macro');
    expect(view?.related).toEqual([
      { name: '宏观', url: '/category/macro' },
      { name: '全部标签', url: '/tags' },
    ]);
    expect(view?.entries.map((entry) => [entry.name, entry.count, entry.url])).toEqual([
      ['利率', 2, '/category/macro?tag=%E5%88%A9%E7%8E%87'],
      ['央行', 1, '/category/macro?tag=%E5%A4%AE%E8%A1%8C'],
    ]);
  });

  it('is undefined for an unknown category or one with only future posts', () => {
    expect(toTagIndex(snapshot, NOW, 'nope')).toBeUndefined();
    expect(toTagIndex(snapshot, NOW, 'later')).toBeUndefined();
  });

  it('builds a list’s index once while its counts stand', () => {
    expect(toTagIndex(snapshot, NOW, 'stocks')).toBe(toTagIndex(snapshot, NOW - 500, 'stocks'));
  });
});
