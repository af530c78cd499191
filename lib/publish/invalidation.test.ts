import { describe, expect, it, vi } from 'vitest';
import { toSnapshot, type FileState } from '../content/snapshot';
import { parseSiteConfig } from '../site/site';
import type { PostSummary } from '../types';
import { changedTags, createInvalidationTracker } from './invalidation';
import { listTag, postTag } from './page-tags.mjs';

const NOW = Date.UTC(2024, 0, 1);
const HOUR = 3_600_000;
const SITE = parseSiteConfig('title: 测试站\ncategories:\n  hongguan: 宏观\n  gongsi: 公司\n').site;

function post(slug: string, hoursAgo: number, categories: string[], tags: string[] = []): PostSummary {
  return { path: `${slug}.md`, slug, title: `标题${slug}`, date: NOW - hoursAgo * HOUR, hasTime: true, categories, tags, redirectFrom: [], excerpt: '摘要。', published: true };
}

const snapshotOf = (posts: PostSummary[], site = SITE) =>
  toSnapshot(site, new Map<string, FileState>(posts.map((p) => [p.path, { mtimeMs: 0, size: 1, post: p }])));

// 宏观: a1 (newest) … a5; 公司: b1, b2; one post tagged 利率.
const a = [1, 2, 3, 4, 5].map((n) => post(`a${n}`, n * 2, ['hongguan'], n === 3 ? ['利率'] : []));
const b = [post('b1', 1, ['gongsi'], ['财报']), post('b2', 3, ['gongsi'])];
const before = snapshotOf([...a, ...b]);

describe('which cached pages a change touches', () => {
  it('a new post: its article, its neighbours, its lists and the indexes, not other articles', () => {
    const added = post('new', 5, ['hongguan'], ['利率']);
    const tags = changedTags({ snapshot: before, at: NOW }, { snapshot: snapshotOf([...a, ...b, added]), at: NOW });
    expect(tags).not.toBe('all');
    // Dated between a2 and a3 in 宏观: those two now link to it.
    expect(tags).toEqual(expect.arrayContaining([postTag('new'), postTag('a2'), postTag('a3'), listTag('home'), listTag('category', 'hongguan'), listTag('tag', '利率'), 'sources', 'sitemap']));
    for (const untouched of ['a1', 'a4', 'a5', 'b1', 'b2']) expect(tags).not.toContain(postTag(untouched));
    expect(tags).not.toContain(listTag('category', 'gongsi'));
    expect(tags).not.toContain(listTag('tag', '财报'));
  });

  it('an edit that moves a post to another source touches both sources and both sets of neighbours', () => {
    const moved = { ...a[2]!, categories: ['gongsi'] };
    const tags = changedTags({ snapshot: before, at: NOW }, { snapshot: snapshotOf([...a.filter((p) => p !== a[2]), moved, ...b]), at: NOW });
    expect(tags).toEqual(expect.arrayContaining([postTag('a3'), postTag('a2'), postTag('a4'), postTag('b2'), listTag('category', 'hongguan'), listTag('category', 'gongsi')]));
    // Older than both of 公司's posts: only b2 gains it as a neighbour.
    for (const untouched of ['a1', 'a5', 'b1']) expect(tags).not.toContain(postTag(untouched));
  });

  it('a deletion touches the article and the neighbours it leaves, which now link to each other', () => {
    const tags = changedTags({ snapshot: before, at: NOW }, { snapshot: snapshotOf([...a.filter((p) => p.slug !== 'a4'), ...b]), at: NOW });
    expect(tags).toEqual(expect.arrayContaining([postTag('a4'), postTag('a3'), postTag('a5'), listTag('category', 'hongguan')]));
    expect(tags).not.toContain(postTag('a1'));
  });

  it('a file read again unchanged touches nothing; a new summary object counts as a change', () => {
    expect(changedTags({ snapshot: before, at: NOW }, { snapshot: snapshotOf([...a, ...b]), at: NOW })).toEqual([]);
    const reread = { ...b[1]! };
    expect(changedTags({ snapshot: before, at: NOW }, { snapshot: snapshotOf([...a, b[0]!, reread]), at: NOW })).toContain(postTag('b2'));
  });

  it('a future post coming due is a publish of that post, between two times of one index', () => {
    const soon = post('soon', -1, ['gongsi']);
    const snapshot = snapshotOf([...a, ...b, soon]);
    expect(changedTags({ snapshot, at: NOW }, { snapshot, at: NOW + 30 * 60_000 })).toEqual([]);
    const due = changedTags({ snapshot, at: NOW }, { snapshot, at: NOW + HOUR });
    expect(due).toEqual(expect.arrayContaining([postTag('soon'), postTag('b1'), listTag('category', 'gongsi'), listTag('home')]));
  });

  it('hundreds of changed posts at once (a folder restored) touch every page', () => {
    const many = Array.from({ length: 600 }, (_, i) => post(`many${i}`, 100 + i, ['gongsi']));
    expect(changedTags({ snapshot: before, at: NOW }, { snapshot: snapshotOf([...a, ...b, ...many]), at: NOW })).toBe('all');
  });

  it('a change to the settings or to the header’s sources touches every page', () => {
    const renamed = parseSiteConfig('title: 新名字\ncategories:\n  hongguan: 宏观\n  gongsi: 公司\n').site;
    expect(changedTags({ snapshot: before, at: NOW }, { snapshot: snapshotOf([...a, ...b], renamed), at: NOW })).toBe('all');
    expect(changedTags(undefined, { snapshot: before, at: NOW })).toBe('all');
  });
});

describe('the invalidation tracker', () => {
  it('records each publish’s tags, and the tags of a future post when it comes due', () => {
    vi.useFakeTimers({ now: NOW });
    try {
      const record = vi.fn();
      const tracker = createInvalidationTracker(record);
      tracker.published(before);
      expect(record).toHaveBeenLastCalledWith('all', NOW);
      const soon = post('soon', -1, ['gongsi']);
      tracker.published(snapshotOf([...a, ...b, soon]));
      expect(record).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(HOUR + 1);
      expect(record).toHaveBeenCalledTimes(2);
      expect(record.mock.lastCall?.[0]).toContain(postTag('soon'));
      tracker.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
