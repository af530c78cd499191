import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchDoc } from './search-index';

const NOW = Date.UTC(2025, 0, 1);

function doc(path: string, title: string, date: number, tags: string[] = []): SearchDoc {
  return { path, slug: path.replace(/\.md$/, ''), title, tags, date };
}

function build() {
  const index = createSearchIndex();
  index.add(doc('body.md', '银行推出新产品', Date.UTC(2024, 5, 1)), '多家银行为小微企业提供贷款，GDP 稳步增长。');
  index.add(doc('title.md', '小微企业融资更便捷', Date.UTC(2020, 1, 1)), '今天的新闻。');
  index.add(doc('tag.md', '一篇旧闻', Date.UTC(2019, 1, 1), ['小微企业']), '与主题无关的正文。');
  index.add(doc('newer-body.md', '另一家银行', Date.UTC(2024, 6, 1)), '小微企业的贷款利率下降。');
  index.setVisibility(() => true);
  return index;
}

const slugs = (result: { hits: { doc: SearchDoc }[] }) => result.hits.map((hit) => hit.doc.slug);
const options = { now: NOW, offset: 0, limit: 10 };

describe('search index', () => {
  it('finds a Chinese phrase and ranks title, then tag, above body; newer breaks ties', () => {
    expect(slugs(build().search('小微企业', options))).toEqual(['title', 'tag', 'newer-body', 'body']);
  });

  it('finds posts by a shorter part of a phrase', () => {
    expect(build().search('小微', options).total).toBe(4);
  });

  it('needs every term: more terms narrow the results', () => {
    const index = build();
    expect(slugs(index.search('小微 贷款', options))).toEqual(['newer-body', 'body']);
    expect(slugs(index.search('小微 GDP', options))).toEqual(['body']);
    expect(index.search('小微 黄金', options).total).toBe(0);
  });

  it('matches Latin words case-insensitively', () => {
    expect(slugs(build().search('gdp', options))).toEqual(['body']);
  });

  it('finds a single Chinese character inside words', () => {
    expect(slugs(build().search('旧', options))).toEqual(['tag']);
  });

  it('returns nothing, not an error, for queries without words', () => {
    for (const query of ['', '*', '"', '%', '😀', '<>']) expect(build().search(query, options)).toEqual({ total: 0, hits: [] });
  });

  it('pages through results with the total kept', () => {
    const result = build().search('小微', { now: NOW, offset: 2, limit: 1 });
    expect(result.total).toBe(4);
    expect(slugs(result)).toEqual(['newer-body']);
  });

  it('hides future-dated and invisible posts', () => {
    const index = build();
    expect(index.search('小微', { ...options, now: Date.UTC(2024, 5, 15) }).total).toBe(3);
    index.setVisibility((d) => d.slug !== 'title');
    expect(slugs(index.search('小微企业', options))).toEqual(['tag', 'newer-body', 'body']);
  });

  it('follows changes: a re-added path replaces the old text, a removed path is gone', () => {
    const index = build();
    index.add(doc('body.md', '银行推出新产品', Date.UTC(2024, 5, 1)), '如今只谈黄金价格。');
    index.setVisibility(() => true);
    expect(slugs(index.search('黄金', options))).toEqual(['body']);
    expect(slugs(index.search('GDP', options))).toEqual([]);
    index.remove('title.md');
    expect(slugs(index.search('小微企业', options))).toEqual(['tag', 'newer-body']);
    expect(index.size).toBe(3);
  });

  it('stays correct after many removals compact the lists', () => {
    const index = createSearchIndex();
    for (let i = 0; i < 3000; i += 1) index.add(doc(`p${i}.md`, `第${i}篇`, Date.UTC(2020, 0, 1) + i), i % 2 ? '利率上升' : '利率下降');
    for (let i = 0; i < 2000; i += 1) index.remove(`p${i}.md`);
    index.setVisibility(() => true);
    const result = index.search('利率上升', { now: NOW, offset: 0, limit: 3 });
    expect(result.total).toBe(500);
    expect(slugs(result)).toEqual(['p2999', 'p2997', 'p2995']);
  });
});

describe('search index: long posting lists', () => {
  // 3,000 posts: every one mentions 利率, every 97th also 汇率, every 10th has 利率 in its title.
  function buildLarge() {
    const index = createSearchIndex();
    for (let i = 0; i < 3000; i += 1) {
      const title = i % 10 === 0 ? `第${i}篇谈利率` : `第${i}篇`;
      const body = i % 97 === 0 ? '利率与汇率同时变化。' : '利率保持稳定。';
      index.add(doc(`p${i}.md`, title, Date.UTC(2020, 0, 1) + i * 60_000), body);
    }
    index.setVisibility(() => true);
    return index;
  }
  const expected = Array.from({ length: 3000 }, (_, i) => i).filter((i) => i % 97 === 0);

  it('intersects a short list with a long one exactly', () => {
    const result = buildLarge().search('汇率 利率', { ...options, limit: 100 });
    expect(result.total).toBe(expected.length);
    // Title matches rank first, then the newest.
    const ranked = [...expected].sort((a, b) => Number(b % 10 === 0) - Number(a % 10 === 0) || b - a).map((i) => `p${i}`);
    expect(slugs(result)).toEqual(ranked);
  });

  it('forgets removed posts, also after the lists are compacted', () => {
    const index = buildLarge();
    for (let i = 0; i < 3000; i += 2) index.remove(`p${i}.md`);
    index.setVisibility(() => true);
    const odd = expected.filter((i) => i % 2 === 1);
    expect(index.search('汇率 利率', { ...options, limit: 100 }).total).toBe(odd.length);
    expect(index.search('利率', options).total).toBe(1500);
  });

  it('re-adds a changed post under its path without a duplicate', () => {
    const index = buildLarge();
    index.add(doc('p5.md', '第5篇改写', Date.UTC(2020, 0, 1)), '现在也谈汇率。');
    index.setVisibility(() => true);
    expect(index.search('汇率', { ...options, limit: 100 }).total).toBe(expected.length + 1);
    expect(index.search('利率', options).total).toBe(2999);
  });
});
