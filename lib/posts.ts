import 'server-only';
import { cache } from 'react';
import { toPage, toVisible } from './pagination';
import type { Snapshot } from './post-store';
import { toCategoryLink, toPostItem, type LinkItem, type PostItem } from './present';
import { toArticle, type Article } from './article';
import { resolveLegacyPath } from './legacy-paths';
import { renderBody, type RenderedBody } from './render';
import { getStore } from './store';
import { formatCategoryName } from './site';
import type { PostSummary, SiteConfig } from './types';
import { toCategoryUrl, toHomeUrl, toPostUrl, toTagUrl, withTags } from './urls';

export type TagChip = { name: string; count: number; selected: boolean; url: string };

export type ListView = {
  site: SiteConfig;
  /** Display name of the list (category or tag); the home list has the site title. */
  name: string;
  /** The unfiltered first page: the canonical URL of every page and filter of this list. */
  url: string;
  items: PostItem[];
  page: number;
  totalPages: number;
  total: number;
  prevUrl?: string;
  nextUrl?: string;
  selected: string[];
  chips: TagChip[];
  clearUrl?: string;
};

export type ListKind = 'home' | 'category' | 'tag';

export type { Article } from './article';


const store = getStore();

// Rendered trees are large (about 100 KB each); the page cache keeps the HTML of many more.
const RENDER_CACHE_SIZE = 100;
// Each body is kept with the front matter it came with, so a page never mixes two versions.
const rendered = new Map<string, { body: string; result: RenderedBody; post: PostSummary }>();

function remember(key: string, body: string, result: RenderedBody, post: PostSummary): void {
  rendered.delete(key);
  rendered.set(key, { body, result, post });
  if (rendered.size > RENDER_CACHE_SIZE) {
    const oldest = rendered.keys().next().value;
    if (oldest !== undefined) rendered.delete(oldest);
  }
}

type TagCount = { name: string; count: number };
const tagCounts = new WeakMap<PostSummary[], { visible: number; counts: TagCount[] }>();

/** Tags of a list with their counts, most used first; kept per list until it changes. */
function countTags(list: PostSummary[], visible: PostSummary[]): TagCount[] {
  const cached = tagCounts.get(list);
  if (cached && cached.visible === visible.length) return cached.counts;
  const counts = new Map<string, number>();
  for (const post of visible) for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const sorted = [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  tagCounts.set(list, { visible: visible.length, counts: sorted });
  return sorted;
}

function toBaseList(snapshot: Snapshot, kind: ListKind, key: string) {
  if (kind === 'home') return { list: snapshot.posts, name: snapshot.site.title, urlFor: (page: number) => toHomeUrl(page) };
  if (kind === 'category') {
    const list = snapshot.byCategory.get(key);
    return list && { list, name: formatCategoryName(snapshot.site, key), urlFor: (page: number) => toCategoryUrl(key, page) };
  }
  const list = snapshot.byTag.get(key);
  return list && { list, name: key, urlFor: (page: number) => toTagUrl(key, page) };
}

/**
 * One page of home, a category or a tag, narrowed to posts having every selected tag.
 * Undefined for an unknown or empty list, or a page past the last.
 */
export function getListPage(kind: ListKind, key: string, page: number, selected: string[] = []): Promise<ListView | undefined> {
  return getListPageOnce(kind, key, page, selected.join('\n'));
}

// React's cache compares arguments by identity, so the tag list travels as one string.
const getListPageOnce = cache(async (kind: ListKind, key: string, page: number, tagKey: string): Promise<ListView | undefined> => {
  const selected = tagKey ? tagKey.split('\n') : [];
  const snapshot = await store.getSnapshot();
  const base = toBaseList(snapshot, kind, key);
  if (!base) return undefined;
  const now = Date.now();
  const visible = toVisible(base.list, now);
  if (visible.length === 0 && kind !== 'home') return undefined;
  const filters = selected.filter((tag) => !(kind === 'tag' && tag === key));
  const matching = filters.length === 0 ? visible : visible.filter((post) => filters.every((tag) => post.tags.includes(tag)));
  const slice = toPage(matching, page);
  if (!slice) return undefined;
  const urlFor = (n: number, tags: string[] = filters) => withTags(base.urlFor(n), tags);
  const toggle = (tag: string) => (filters.includes(tag) ? filters.filter((t) => t !== tag) : [...filters, tag]);
  const chips = countTags(base.list, visible)
    .filter((tag) => !(kind === 'tag' && tag.name === key))
    .map((tag) => ({ ...tag, selected: filters.includes(tag.name), url: urlFor(1, toggle(tag.name)) }));
  // A selected tag the list does not have still shows, so the reader can remove it.
  for (const tag of filters) {
    if (!chips.some((chip) => chip.name === tag)) chips.unshift({ name: tag, count: 0, selected: true, url: urlFor(1, toggle(tag)) });
  }
  return {
    site: snapshot.site,
    name: base.name,
    url: base.urlFor(1),
    items: slice.items.map((post) => toPostItem(post, snapshot.site)),
    page: slice.page,
    totalPages: slice.totalPages,
    total: slice.total,
    ...(slice.page > 1 ? { prevUrl: urlFor(slice.page - 1) } : {}),
    ...(slice.page < slice.totalPages ? { nextUrl: urlFor(slice.page + 1) } : {}),
    selected: filters,
    chips,
    ...(filters.length > 0 ? { clearUrl: base.urlFor(1) } : {}),
  };
});

export async function getSite(): Promise<SiteConfig> {
  return (await store.getSnapshot()).site;
}

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

/** The current index of the posts folder, for feeds and the sitemap. */
export async function getSnapshot(): Promise<Snapshot> {
  return store.getSnapshot();
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

/**
 * A post's sanitized body and the front matter of the same version of its file, from the
 * render cache when the file has not changed. While the file does not parse, the last
 * rendered version is shown; with none, the index's excerpt.
 */
export async function renderPost(summary: PostSummary, snapshot: Snapshot): Promise<{ result: RenderedBody; degraded: boolean; post: PostSummary }> {
  const { site } = snapshot;
  const resolve = (path: string) => resolveLegacyPath(path, snapshot).href;
  const post = await store.readPost(summary);
  const cached = rendered.get(summary.path);
  if (!post) {
    if (cached) return { result: cached.result, degraded: false, post: cached.post };
    const excerptOnly = renderBody(summary.excerpt, { legacyHosts: site.legacyHosts, resolve, ...(summary.source ? { source: summary.source } : {}) });
    return { result: excerptOnly, degraded: true, post: summary };
  }
  const { body, ...front } = post;
  if (cached && cached.body === body) return { result: cached.result, degraded: false, post: front };
  let result: RenderedBody;
  try {
    result = renderBody(body, { legacyHosts: site.legacyHosts, resolve, ...(post.source ? { source: post.source } : {}) });
  } catch (error) {
    throw new Error(`${summary.path}: body failed to render (${error instanceof Error ? error.message : String(error)})`);
  }
  remember(summary.path, body, result, front);
  return { result, degraded: false, post: front };
}

export const getArticle = cache(async (slug: string): Promise<Article | undefined> => {
  const snapshot = await store.getSnapshot();
  const summary = snapshot.bySlug.get(slug);
  if (!summary || summary.date > Date.now()) return undefined;
  const { result, degraded, post } = await renderPost(summary, snapshot);
  return toArticle(snapshot.site, slug, summary.path, post, result, toNeighbours(snapshot, summary), degraded);
});
