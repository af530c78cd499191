import { describe, expect, it } from 'vitest';
import { toEndMarker } from './lib';
import { countSoak, createTally, mergeTally, recordResponse } from './tally';
import type { SoakPost } from './writer';

const NOW = 1_000_000;
const post: SoakPost = { id: 5, dateMs: 0, completed: new Set([1, 2]), latest: 2, createdAt: NOW - 10_000 };
const find = (id: number) => (id === 5 ? post : undefined);
const article = (v: number, end = v) => `<h1>浸泡测试 5 v${v}</h1><p>${toEndMarker(5, end)}</p>`;

describe('recordResponse', () => {
  it('counts statuses, 5xx with their paths and error pages', () => {
    const tally = createTally();
    recordResponse(tally, '/', 200, '<h1>首页</h1>', find, NOW);
    recordResponse(tally, '/feed.xml', 503, '', find, NOW);
    recordResponse(tally, '/tags/x', 200, '<h1>页面暂时无法显示</h1>', find, NOW);
    recordResponse(tally, '/search?q=x', 0, '', find, NOW);
    expect(tally.byStatus).toEqual({ 0: 1, 200: 2, 503: 1 });
    expect(tally.serverErrors).toEqual({ count: 1, lines: ['503 /feed.xml'] });
    expect(tally.errorPages.lines).toEqual(['200 /tags/x']);
    expect(tally.noAnswer.count).toBe(1);
  });

  it('judges soak articles and describes the bad ones', () => {
    const tally = createTally();
    expect(recordResponse(tally, '/posts/soak-5', 200, article(2), find, NOW)).toBe('ok');
    expect(recordResponse(tally, '/posts/soak-5', 200, '<h1>浸泡测试 5 v2</h1><p>前半', find, NOW)).toBe('no-end-marker');
    expect(recordResponse(tally, '/posts/soak-5', 200, article(2, 1), find, NOW)).toBe('mixed-versions');
    expect(recordResponse(tally, '/posts/soak-6', 200, article(2), find, NOW)).toBeUndefined();
    expect(countSoak(tally)).toBe(3);
    expect(tally.badSoak.count).toBe(2);
    expect(tally.badSoak.lines[1]).toBe('/posts/soak-5: mixed-versions: title v2, end marker v1; complete: v1,v2');
  });

  it('notes a 404 for a settled live post and a 200 long after a deletion', () => {
    const tally = createTally();
    recordResponse(tally, '/posts/soak-5', 404, '', find, NOW);
    recordResponse(tally, '/posts/soak-5', 200, article(2), () => ({ ...post, deletedAt: NOW - 5000 }), NOW);
    recordResponse(tally, '/posts/soak-5', 404, '', () => ({ ...post, createdAt: NOW - 500 }), NOW);
    expect(tally.missingLive.count).toBe(1);
    expect(tally.servedDeleted.count).toBe(1);
  });
});

describe('mergeTally', () => {
  it('adds counts and keeps at most 20 example lines', () => {
    const a = createTally();
    const b = createTally();
    for (let i = 0; i < 15; i += 1) recordResponse(a, `/a${i}`, 500, '', find, NOW);
    for (let i = 0; i < 15; i += 1) recordResponse(b, `/b${i}`, 500, '', find, NOW);
    mergeTally(a, b);
    expect(a.serverErrors.count).toBe(30);
    expect(a.serverErrors.lines).toHaveLength(20);
    expect(a.byStatus).toEqual({ 500: 30 });
  });
});
