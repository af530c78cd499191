import { formatDate, toIsoWithOffset } from '../content/dates';
import { formatCategoryName } from './site';
import type { PostSummary, SiteConfig } from '../types';
import { toCategoryUrl, toPostUrl, toTagUrl } from './urls';
import type { LinkItem, PostItem } from '../views';


export function toCategoryLink(site: SiteConfig, slug: string): LinkItem {
  return { name: formatCategoryName(site, slug), url: toCategoryUrl(slug) };
}

export function toPostItem(post: PostSummary, site: SiteConfig): PostItem {
  const first = post.categories[0];
  return {
    title: post.title,
    url: toPostUrl(post.slug),
    dateText: formatDate(post.date, post.hasTime, site.timezone),
    dateIso: toIsoWithOffset(post.date, site.timezone),
    ...(first ? { category: toCategoryLink(site, first) } : {}),
    tags: post.tags.map((tag) => ({ name: tag, url: toTagUrl(tag) })),
    excerpt: post.excerpt,
  };
}

/** The host a reader is sent to, shown beside 原文链接. */
export function toHostName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
