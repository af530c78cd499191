import 'server-only';
import path from 'node:path';
import { cache } from 'react';
import type { Root } from 'hast';
import { toPage, toVisible } from './pagination';
import { createPostStore, type Snapshot } from './post-store';
import { toCategoryLink, toHostName, toPostItem, type LinkItem, type PostItem } from './present';
import { formatDate, toIsoWithOffset } from './dates';
import { renderBody, type RenderedBody } from './render';
import { formatCategoryName } from './site';
import type { PostSummary, SiteConfig } from './types';
import { toCategoryUrl, toHomeUrl, toPostUrl, toTagUrl } from './urls';

export type ListView = {
  site: SiteConfig;
  items: PostItem[];
  page: number;
  totalPages: number;
  total: number;
  prevUrl?: string;
  nextUrl?: string;
};

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
  /** True when the file no longer parses and no earlier render is cached: the page shows the excerpt. */
  degraded: boolean;
};

function toPostsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.POSTS_DIR || 'posts');
}

const store = createPostStore(toPostsDir(), { siteUrl: process.env.SITE_URL });

const RENDER_CACHE_SIZE = 500;
const rendered = new Map<string, { body: string; result: RenderedBody }>();

function remember(key: string, body: string, result: RenderedBody): void {
  rendered.delete(key);
  rendered.set(key, { body, result });
  if (rendered.size > RENDER_CACHE_SIZE) {
    const oldest = rendered.keys().next().value;
    if (oldest !== undefined) rendered.delete(oldest);
  }
}

function toListView(snapshot: Snapshot, list: PostSummary[], page: number, urlFor: (page: number) => string): ListView | undefined {
  const slice = toPage(toVisible(list, Date.now()), page);
  if (!slice) return undefined;
  return {
    site: snapshot.site,
    items: slice.items.map((post) => toPostItem(post, snapshot.site)),
    page: slice.page,
    totalPages: slice.totalPages,
    total: slice.total,
    ...(slice.page > 1 ? { prevUrl: urlFor(slice.page - 1) } : {}),
    ...(slice.page < slice.totalPages ? { nextUrl: urlFor(slice.page + 1) } : {}),
  };
}

export async function getSite(): Promise<SiteConfig> {
  return (await store.getSnapshot()).site;
}

export const getHomePage = cache(async (page: number): Promise<ListView | undefined> => {
  const snapshot = await store.getSnapshot();
  return toListView(snapshot, snapshot.posts, page, toHomeUrl);
});

export const getCategoryPage = cache(async (slug: string, page: number) => {
  const snapshot = await store.getSnapshot();
  const list = snapshot.byCategory.get(slug);
  const view = list && toListView(snapshot, list, page, (n) => toCategoryUrl(slug, n));
  return view && view.total > 0 ? { ...view, name: formatCategoryName(snapshot.site, slug), url: toCategoryUrl(slug) } : undefined;
});

export const getTagPage = cache(async (tag: string, page: number) => {
  const snapshot = await store.getSnapshot();
  const list = snapshot.byTag.get(tag);
  const view = list && toListView(snapshot, list, page, (n) => toTagUrl(tag, n));
  return view && view.total > 0 ? { ...view, name: tag, url: toTagUrl(tag) } : undefined;
});

/** Categories that have visible posts, in the order `_site.yml` names them, then by slug. */
export async function getCategoryLinks(): Promise<LinkItem[]> {
  const snapshot = await store.getSnapshot();
  const now = Date.now();
  const named = Object.keys(snapshot.site.categories);
  const rank = (slug: string) => (named.includes(slug) ? named.indexOf(slug) : named.length);
  return [...snapshot.byCategory.entries()]
    .filter(([, list]) => toVisible(list, now).length > 0)
    .map(([slug]) => slug)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((slug) => toCategoryLink(snapshot.site, slug));
}

/** Slugs of the newest posts, for pre-rendering at build time. */
export async function getRecentSlugs(count: number): Promise<string[]> {
  const snapshot = await store.getSnapshot();
  return toVisible(snapshot.posts, Date.now()).slice(0, count).map((post) => post.slug);
}

function toNeighbours(snapshot: Snapshot, post: PostSummary): Pick<Article, 'previous' | 'next'> {
  const first = post.categories[0];
  const list = toVisible(first ? (snapshot.byCategory.get(first) ?? []) : snapshot.posts, Date.now());
  const index = list.findIndex((item) => item.slug === post.slug);
  const older = list[index + 1];
  const newer = index > 0 ? list[index - 1] : undefined;
  return {
    ...(older ? { previous: { name: older.title, url: toPostUrl(older.slug) } } : {}),
    ...(newer ? { next: { name: newer.title, url: toPostUrl(newer.slug) } } : {}),
  };
}

async function renderPost(summary: PostSummary, site: SiteConfig): Promise<{ result: RenderedBody; degraded: boolean }> {
  const post = await store.readPost(summary);
  const cached = rendered.get(summary.path);
  if (!post) {
    if (cached) return { result: cached.result, degraded: false };
    const excerptOnly = renderBody(summary.excerpt, { legacyHosts: site.legacyHosts, ...(summary.source ? { source: summary.source } : {}) });
    return { result: excerptOnly, degraded: true };
  }
  if (cached && cached.body === post.body) return { result: cached.result, degraded: false };
  let result: RenderedBody;
  try {
    result = renderBody(post.body, { legacyHosts: site.legacyHosts, ...(post.source ? { source: post.source } : {}) });
  } catch (error) {
    throw new Error(`${summary.path}: body failed to render (${error instanceof Error ? error.message : String(error)})`);
  }
  remember(summary.path, post.body, result);
  return { result, degraded: false };
}

export const getArticle = cache(async (slug: string): Promise<Article | undefined> => {
  const snapshot = await store.getSnapshot();
  const summary = snapshot.bySlug.get(slug);
  if (!summary || summary.date > Date.now()) return undefined;
  const { site } = snapshot;
  const { result, degraded } = await renderPost(summary, site);
  const first = summary.categories[0];
  return {
    site,
    slug,
    path: summary.path,
    url: toPostUrl(slug),
    title: summary.title,
    description: summary.description ?? summary.excerpt,
    dateText: formatDate(summary.date, summary.hasTime, site.timezone),
    dateIso: toIsoWithOffset(summary.date, site.timezone),
    ...(first ? { category: toCategoryLink(site, first) } : {}),
    tags: summary.tags.map((tag) => ({ name: tag, url: toTagUrl(tag) })),
    readingMinutes: result.readingMinutes,
    tree: result.tree,
    ...(result.source ? { source: { url: result.source, host: toHostName(result.source) } } : {}),
    ...toNeighbours(snapshot, summary),
    degraded,
  };
});
