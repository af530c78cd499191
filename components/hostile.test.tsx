// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HOSTILE_POSTS, toPostFile, toShownTitle } from '@/e2e/fixtures/hostile/payloads';
import { findDanger, findTexts } from '@/lib/__fixtures__/danger';
import { parsePost } from '@/lib/content/front-matter';
import { toArticle } from '@/lib/site/article';
import type { Article } from '@/lib/views';
import { toPostItem } from '@/lib/site/present';
import { renderBody } from '@/lib/render/render';
import { parseSiteConfig } from '@/lib/site/site';
import type { Post } from '@/lib/types';
import { toPostUrl } from '@/lib/site/urls';
import { ArticleView } from './article-view';
import { PostList } from './post-list';

vi.mock('next/navigation', () => ({ useRouter: () => ({ back: vi.fn(), push: vi.fn() }) }));

const site = { ...parseSiteConfig(undefined).site, siteUrl: 'https://finews.example.com' };
// The page's own elements: JSON-LD, the QR code and the share button.
const OWN = ['script[type="application/ld+json"]', 'svg[aria-label="本文链接的二维码"]', 'button'];

function toPost(name: string, text: string): Post {
  const result = parsePost(`${name}.md`, text, site);
  if (!result.ok) throw new Error(result.issue?.reason ?? "a Jekyll page");
  return result.post;
}

// getArticle's own assembly, without the store.
function toArticleOf(post: Post): Article {
  const url = toPostUrl(post.slug);
  const rendered = renderBody(post.body, { legacyHosts: site.legacyHosts, ...(post.source ? { source: post.source } : {}) });
  return toArticle(site, post.slug, post.path, post, rendered, { previous: { name: post.title, url } });
}

describe.each(HOSTILE_POSTS.filter((post) => post.name.startsWith('hostile-front-matter')).map((post) => [post.name, post] as const))(
  '%s',
  (name, hostile) => {
    const post = toPost(name, toPostFile(hostile));

    it('shows in a list as plain text, with nothing that runs', () => {
      const html = renderToStaticMarkup(<PostList items={[toPostItem(post, site)]} />);
      expect(findDanger(html)).toEqual([]);
      expect(findTexts(html, 'h2 a')).toEqual([toShownTitle(hostile)]);
      expect(findTexts(html, 'ul[aria-label="标签"] a')).toEqual(hostile.tags.map((tag) => `#${tag}`));
    });

    it('shows as an article as plain text, with nothing that runs', () => {
      const html = renderToStaticMarkup(<ArticleView article={toArticleOf(post)} />);
      expect(findDanger(html, { allow: OWN })).toEqual([]);
      expect(findTexts(html, 'h1')).toEqual([toShownTitle(hostile)]);
      expect(findTexts(html, '.article-body p')).toEqual([hostile.first, hostile.last]);
      expect(findTexts(html, 'article a[href^="/category/"]')).toContain(hostile.category);
    });

    it('keeps the title inside its JSON-LD, which no title can close', () => {
      const html = renderToStaticMarkup(<ArticleView article={toArticleOf(post)} />);
      const [json = ''] = findTexts(html, 'script[type="application/ld+json"]');
      expect(JSON.parse(json)).toMatchObject({ headline: toShownTitle(hostile), keywords: hostile.tags.join(',') });
      expect(html.match(/<\/script/gi)).toHaveLength(1);
    });

    it('links its source only when it is a web address', () => {
      const html = renderToStaticMarkup(<ArticleView article={toArticleOf(post)} />);
      const links = findTexts(html, 'aside[aria-label="原文链接"]');
      if (hostile.source?.startsWith('https://')) expect(links.join('')).toContain(hostile.source);
      else expect(links).toEqual([]);
    });
  },
);
