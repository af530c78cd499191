import { describe, expect, it } from 'vitest';
import { createRng } from './lib';
import { createPicker, TARGET_WEIGHTS, toTargetKind, toTargets } from './targets';

const sitemap = ['/', '/category/gushi', '/category/licai', '/tags/%E5%9F%BA%E9%87%91', '/posts/a', '/posts/b', '/posts/soak-3'];

describe('toTargets', () => {
  it('groups sitemap paths, leaves soak posts to the writer and adds searches, feeds and second pages', () => {
    const targets = toTargets(sitemap);
    expect(targets.article).toEqual(['/posts/a', '/posts/b']);
    expect(targets['soak-article']).toEqual([]);
    expect(targets.category).toEqual(['/category/gushi', '/category/licai', '/category/gushi/page/2', '/category/licai/page/2']);
    expect(targets.feed).toEqual(['/feed.xml', '/feed.json', '/category/gushi/feed.xml', '/category/licai/feed.xml']);
    expect(targets.search[0]).toBe(`/search?q=${encodeURIComponent('青岛')}`);
    expect(targets['api-search'][0]).toBe(`/api/search?q=${encodeURIComponent('青岛')}`);
  });

  it('keeps a sample of the articles when asked to', () => {
    const many = Array.from({ length: 500 }, (_, i) => `/posts/p${i}`);
    const articles = toTargets(many, 50, createRng(1)).article;
    expect(articles).toHaveLength(50);
    expect(new Set(articles).size).toBe(50);
    expect(toTargets(many, 50, createRng(1)).article).toEqual(articles);
  });

  it('gives every generated path back its own kind', () => {
    const targets = toTargets(sitemap);
    for (const [kind, paths] of Object.entries(targets)) for (const p of paths) expect(toTargetKind(p), p).toBe(kind);
    expect(toTargetKind('/posts/soak-3')).toBe('soak-article');
  });
});

describe('createPicker', () => {
  it('draws kinds about as often as their weights say, with soak paths from the writer', () => {
    const pick = createPicker(toTargets(sitemap), createRng(3), () => '/posts/soak-1');
    const counts = new Map<string, number>();
    const draws = 20_000;
    for (let i = 0; i < draws; i += 1) {
      const kind = toTargetKind(pick());
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const total = Object.values(TARGET_WEIGHTS).reduce((a, b) => a + b, 0);
    for (const [kind, weight] of Object.entries(TARGET_WEIGHTS)) {
      expect((counts.get(kind) ?? 0) / draws, kind).toBeCloseTo(weight / total, 1);
    }
  });

  it('falls back to the home page when the writer has no post yet', () => {
    const pick = createPicker({ ...toTargets([]), home: [] }, () => 0.5, () => undefined);
    for (let i = 0; i < 10; i += 1) expect(pick()).toMatch(/^\//);
  });
});
