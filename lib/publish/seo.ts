import type { Metadata } from 'next';
import type { Article, IndexView, ListView } from '../views';
import { toAbsoluteUrl } from '../site/site';
import type { SiteConfig } from '../types';
import { toCategoryUrl, toHomeUrl, toTagUrl } from '../site/urls';

/** Title, description and canonical of a list; a filtered view points at its unfiltered list. */
export function toListMetadata(view: ListView): Metadata {
  const { kind, title } = view;
  const filtered = view.selected.length > 0;
  const canonical = filtered ? view.url : view.pageUrl;
  const description =
    kind === 'home' ? view.site.description || view.site.title : `${title.replace(/ · .*$/, '')}：共 ${view.total} 篇文章`;
  return {
    title: kind === 'home' && view.page === 1 && !filtered ? { absolute: view.site.title } : title,
    description,
    alternates: { canonical },
    openGraph: { type: 'website', title, description, url: canonical, siteName: view.site.title, locale: 'zh_CN' },
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Title, description and canonical of an index page (all sources, all tags). */
export function toIndexMetadata(site: SiteConfig, view: IndexView): Metadata {
  const { title, description, url } = view;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title, description, url, siteName: site.title, locale: 'zh_CN' },
  };
}

export function toArticleMetadata(article: Article): Metadata {
  const tags = article.tags.map((tag) => tag.name);
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: article.url },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.description,
      url: article.url,
      siteName: article.site.title,
      locale: 'zh_CN',
      publishedTime: article.dateIso,
      ...(article.category ? { section: article.category.name } : {}),
      tags,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description },
  };
}

/** schema.org NewsArticle for search engines and link previews. */
export function toArticleJsonLd(article: Omit<Article, 'jsonLd'>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: article.dateIso,
    mainEntityOfPage: toAbsoluteUrl(article.site, article.url),
    url: toAbsoluteUrl(article.site, article.url),
    ...(article.category ? { articleSection: article.category.name } : {}),
    keywords: article.tags.map((tag) => tag.name).join(','),
    inLanguage: 'zh-CN',
    publisher: { '@type': 'Organization', name: article.site.title, url: article.site.siteUrl },
    ...(article.source ? { isBasedOn: article.source.url } : {}),
  };
}
