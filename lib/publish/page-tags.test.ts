import { describe, expect, it } from 'vitest';
import { toCategoryUrl, toHomeUrl, toPostUrl, toSourcesUrl, toTagUrl } from '../site/urls';
import { toSitemapChunkPath } from './sitemap';
import { OTHER_TAG, SITEMAP_TAG, SOURCES_TAG, listTag, pageTags, postTag } from './page-tags.mjs';

describe('the cache tags of a page', () => {
  it('follow the URLs the site makes, encoded or not', () => {
    expect(pageTags(toHomeUrl())).toEqual([listTag('home')]);
    expect(pageTags('/index')).toEqual([listTag('home')]);
    expect(pageTags(toHomeUrl(7))).toEqual([listTag('home')]);
    expect(pageTags(toCategoryUrl('hongguan', 3))).toEqual([listTag('category', 'hongguan')]);
    expect(pageTags(toTagUrl('利率'))).toEqual([listTag('tag', '利率')]);
    expect(pageTags('/tags/利率/page/2')).toEqual([listTag('tag', '利率')]);
    expect(pageTags(toPostUrl('年报 全文'))).toEqual([postTag('年报 全文')]);
    expect(pageTags('/posts/年报')).toEqual([postTag('年报')]);
    expect(pageTags(toSourcesUrl())).toEqual([SOURCES_TAG]);
    expect(pageTags(toSitemapChunkPath(2))).toEqual([SITEMAP_TAG]);
  });

  it('give feeds and share images the tags of what they show', () => {
    expect(pageTags('/feed.xml')).toEqual([listTag('home')]);
    expect(pageTags('/category/hongguan/feed.xml')).toEqual([listTag('category', 'hongguan')]);
    expect(pageTags(`${toPostUrl('a1')}/opengraph-image`)).toEqual([postTag('a1')]);
  });

  it('give any other page the tag every change drops', () => {
    expect(pageTags('/_not-found')).toEqual([OTHER_TAG]);
    expect(pageTags('/posts/%E5%B9%B4%zz')).toEqual([postTag('%E5%B9%B4%zz')]);
  });
});
