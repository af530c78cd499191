import { describe, expect, it } from 'vitest';
import { parsePageNumber, parseRouteParam, toCategoryUrl, toHomeUrl, toPostUrl, toSourcesUrl, toTagIndexUrl, toTagUrl } from './urls';

describe('parsePageNumber', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['120', 120],
  ])('reads %s', (segment, page) => {
    expect(parsePageNumber(segment)).toBe(page);
  });

  it.each(['0', '-1', 'abc', '1.5', '01', '', ' 2', '2 ', '1e3', '0x10', '９'])('rejects %j', (segment) => {
    expect(parsePageNumber(segment)).toBeUndefined();
  });
});

describe('parseRouteParam', () => {
  it('decodes a percent-encoded Chinese segment', () => {
    expect(parseRouteParam('%E5%88%A9%E7%8E%87')).toBe('利率');
  });

  it('leaves a segment that is already decoded alone', () => {
    expect(parseRouteParam('利率')).toBe('利率');
    expect(parseRouteParam('100%')).toBe('100%');
  });

  it('leaves a malformed encoding unchanged instead of throwing', () => {
    expect(parseRouteParam('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('reads back what toTagUrl wrote', () => {
    const tag = '青岛 财经&金融/利率';
    const segment = toTagUrl(tag).slice('/tags/'.length);
    expect(parseRouteParam(segment)).toBe(tag);
  });
});

describe('URL builders', () => {
  it('percent-encodes Chinese tags', () => {
    expect(toTagUrl('利率')).toBe('/tags/%E5%88%A9%E7%8E%87');
    expect(toTagUrl('利率', 2)).toBe('/tags/%E5%88%A9%E7%8E%87/page/2');
  });

  it('encodes characters that would break the path', () => {
    expect(toTagUrl('A/B 股')).toBe('/tags/A%2FB%20%E8%82%A1');
    expect(toPostUrl('a?b#c')).toBe('/posts/a%3Fb%23c');
  });

  it('builds page URLs with page 1 at the bare address', () => {
    expect(toHomeUrl()).toBe('/');
    expect(toHomeUrl(1)).toBe('/');
    expect(toHomeUrl(3)).toBe('/page/3');
    expect(toCategoryUrl('hongguan')).toBe('/category/hongguan');
    expect(toCategoryUrl('hongguan', 2)).toBe('/category/hongguan/page/2');
  });

  it('builds the index pages of sources and tags, one category’s tags by query', () => {
    expect(toSourcesUrl()).toBe('/categories');
    expect(toTagIndexUrl()).toBe('/tags');
    expect(toTagIndexUrl('qingdaocaijingwang')).toBe('/tags?category=qingdaocaijingwang');
    expect(toTagIndexUrl('财经 &新闻')).toBe('/tags?category=%E8%B4%A2%E7%BB%8F+%26%E6%96%B0%E9%97%BB');
  });

  it('builds post URLs from the slug', () => {
    expect(toPostUrl('000_52a2a947919bd700')).toBe('/posts/000_52a2a947919bd700');
  });
});
