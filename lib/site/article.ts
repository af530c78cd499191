import { toHostName, toPostItem } from './present';
import type { Article } from '../views';
import { toQrCode } from '../publish/qr';
import { toArticleJsonLd } from '../publish/seo';
import type { RenderedBody } from '../render/render';
import { toAbsoluteUrl } from './site';
import type { PostSummary, SiteConfig } from '../types';
import { toPostUrl } from './urls';

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
  const article: Omit<Article, 'jsonLd'> = {
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
  return { ...article, jsonLd: toArticleJsonLd(article) };
}
