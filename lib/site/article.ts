import type { Root } from 'hast';
import type { BodyNotice } from '../render/body-renderer';
import { toHostName, toPostItem, type LinkItem } from './present';
import { toQrCode, type QrCode } from '../publish/qr';
import type { RenderedBody } from '../render/render';
import { toAbsoluteUrl } from './site';
import type { PostSummary, SiteConfig } from '../types';
import { toPostUrl } from './urls';

export type Article = {
  site: SiteConfig;
  slug: string;
  path: string;
  url: string;
  title: string;
  description: string;
  dateText: string;
  dateIso: string;
  category?: LinkItem;
  tags: LinkItem[];
  readingMinutes: number;
  tree: Root;
  source?: { url: string; host: string };
  /** Older and newer posts in the article's first category. */
  previous?: LinkItem;
  next?: LinkItem;
  /** Absolute canonical URL, the one readers share. */
  shareUrl: string;
  qr: QrCode;
  /**
   * Set when the page shows the excerpt instead of the body: the file no longer parses and no
   * earlier render is cached ('updating'), its body failed or ran over its render budget
   * ('not-rendered'), or its render is still queued ('pending').
   */
  notice?: BodyNotice;
};

/** An article page's props from one version of a post and its rendered body. */
export function toArticle(
  site: SiteConfig,
  slug: string,
  path: string,
  post: PostSummary,
  result: RenderedBody,
  neighbours: Pick<Article, 'previous' | 'next'>,
  notice?: Article['notice'],
): Article {
  // Date, source and tags are shown as on the list line: one formatting for both.
  const { dateText, dateIso, category, tags } = toPostItem(post, site);
  const url = toPostUrl(slug);
  return {
    site,
    slug,
    path,
    url,
    title: post.title,
    description: post.description ?? post.excerpt,
    dateText,
    dateIso,
    ...(category ? { category } : {}),
    tags,
    shareUrl: toAbsoluteUrl(site, url),
    qr: toQrCode(toAbsoluteUrl(site, url)),
    readingMinutes: result.readingMinutes,
    tree: result.tree,
    ...(result.source ? { source: { url: result.source, host: toHostName(result.source) } } : {}),
    ...neighbours,
    ...(notice ? { notice } : {}),
  };
}
