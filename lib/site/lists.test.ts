import { describe, expect, it } from 'vitest';
import { toSnapshot, type FileState } from '../content/snapshot';
import type { PostSummary } from '../types';
import { resolveList, toListView } from './lists';
import { parseSiteConfig } from './site';

const NOW = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

function post(slug: string, daysAgo: number, categories: string[], tags: string[]): PostSummary {
  return { path: `${slug}.md`, slug, title: `标题${slug}`, date: NOW - daysAgo * DAY, hasTime: true, categories, tags, redirectFrom: [], excerpt: '摘要。', published: true };
}

/** A small index: 25 posts in 宏观 (odd ones tagged 单数), one in 公司, one dated tomorrow. */
function snapshotOf(posts: PostSummary[] = []) {
  const site = parseSiteConfig('title: 测试站\ncategories:\n  hongguan: 宏观\n').site;
  const all = posts.length > 0 ? posts : [
    ...Array.from({ length: 25 }, (_, i) => post(`m${i + 1}`, i + 1, ['hongguan'], i % 2 ? ['单数', '批量'] : ['批量'])),
    post('c1', 30, ['gongsi'], ['财报']),
    post('soon', -1, ['weilai'], ['未来']),
  ];
  return toSnapshot(site, new Map<string, FileState>(all.map((p) => [p.path, { mtimeMs: 0, size: 1, post: p }])));
}

describe('list pages', () => {
  const snapshot = snapshotOf();

  it('names the list, its heading and its canonical URLs once, for the page and its metadata', () => {
    const second = toListView(snapshot, { kind: 'category', key: 'hongguan', page: 2, tags: [] }, NOW);
    expect(second).toMatchObject({ name: '宏观', title: '宏观 · 第 2 页', url: '/category/hongguan', pageUrl: '/category/hongguan/page/2', total: 25, totalPages: 2 });
    expect(second?.prevUrl).toBe('/category/hongguan');
    expect(toListView(snapshot, { kind: 'home', key: '', page: 1, tags: [] }, NOW)).toMatchObject({ name: '测试站', title: '最新文章', url: '/', pageUrl: '/' });
    expect(toListView(snapshot, { kind: 'tag', key: '财报', page: 1, tags: [] }, NOW)?.title).toBe('标签：财报');
  });

  it('narrows a list to posts with every selected tag, and links pages and chips with the filter', () => {
    const view = toListView(snapshot, { kind: 'category', key: 'hongguan', page: 1, tags: ['单数'] }, NOW);
    expect(view?.total).toBe(12);
    expect(view?.items.every((item) => item.tags.some((tag) => tag.name === '单数'))).toBe(true);
    expect(view?.clearUrl).toBe('/category/hongguan');
    expect(view?.chips.find((chip) => chip.name === '单数')?.selected).toBe(true);
  });

  it('has no page past the last, none for unknown or not-yet-due lists, and always a first home page', () => {
    expect(resolveList(snapshot, { kind: 'category', key: 'hongguan', page: 3, tags: [] }, NOW)).toBeUndefined();
    expect(resolveList(snapshot, { kind: 'category', key: 'nope', page: 1, tags: [] }, NOW)).toBeUndefined();
    expect(resolveList(snapshot, { kind: 'category', key: 'weilai', page: 1, tags: [] }, NOW)).toBeUndefined();
    expect(resolveList(snapshot, { kind: 'category', key: 'weilai', page: 1, tags: [] }, NOW + 2 * DAY)).toBeDefined();
    const empty = snapshotOf([post('later', -5, ['x'], ['y'])]);
    expect(toListView(empty, { kind: 'home', key: '', page: 1, tags: [] }, NOW)).toMatchObject({ total: 0, items: [] });
    // A filter matching nothing still has its first page, which says so.
    expect(toListView(snapshot, { kind: 'category', key: 'hongguan', page: 1, tags: ['财报'] }, NOW)).toMatchObject({ total: 0 });
  });

  it('does not count a tag list’s own tag as a filter', () => {
    const view = toListView(snapshot, { kind: 'tag', key: '批量', page: 1, tags: ['批量'] }, NOW);
    expect(view?.selected).toEqual([]);
    expect(view?.total).toBe(25);
  });
});
