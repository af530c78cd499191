import 'server-only';
import { cache } from 'react';
import { toPage, toVisible } from './site/pagination';
import type { Snapshot } from './content/post-store';
import { toPostItem, type IndexView, type LinkItem, type PostItem } from './site/present';
import { toArticle, type Article } from './site/article';
import { resolveLegacyPath } from './site/legacy-paths';
import { createBodyRenderer, type BodyRenderer, type RenderedPost } from './render/body-renderer';
import { getRenderPool, getStore, getStoreLabel } from './store';
import { formatCategoryName } from './site/site';
import { toHeaderSources, toSourceIndex } from './site/sources';
import { countTags, toChips, toTagIndex, type TagChip } from './site/tags';
import type { PostSummary, SiteConfig } from './types';
import { toCategoryUrl, toHomeUrl, toPostUrl, toSourcesUrl, toTagIndexUrl, toTagUrl, withTags } from './site/urls';

export type { TagChip } from './site/tags';

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
  /** The most used tags of the list and the selected ones; the rest are on the tag index. */
  chips: TagChip[];
  /** Where the list's other tags are, and how many there are, when the chips leave some out. */
  moreTags?: { url: string; count: number };
  clearUrl?: string;
};

/** What the header links to: a few sources, and the page of all of them when there are any. */
export type HeaderNav = { categories: LinkItem[]; allUrl?: string };

export type ListKind = 'home' | 'category' | 'tag';

export type { Article } from './site/article';


const store = getStore();

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
  const counts = countTags(base.list, visible).filter((tag) => !(kind === 'tag' && tag.name === key));
  const { chips, hidden } = toChips(counts, filters, (tags) => urlFor(1, tags));
  const moreUrl = kind === 'category' ? toTagIndexUrl(key) : toTagIndexUrl();
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
    ...(hidden > 0 ? { moreTags: { url: moreUrl, count: hidden } } : {}),
    ...(filters.length > 0 ? { clearUrl: base.urlFor(1) } : {}),
  };
});

export async function getSite(): Promise<SiteConfig> {
  return (await store.getSnapshot()).site;
}

/** The header's few sources (see lib/site/sources.ts), and the link to all of them. */
export async function getCategoryLinks(): Promise<HeaderNav> {
  const snapshot = await store.getSnapshot();
  const now = Date.now();
  const categories = toHeaderSources(snapshot, now);
  return { categories, ...(toSourceIndex(snapshot, now).entries.length > 0 ? { allUrl: toSourcesUrl() } : {}) };
}

/** Every source with its post count, for /categories. */
export const getSourceIndex = cache(async (): Promise<IndexView> => toSourceIndex(await store.getSnapshot(), Date.now()));

/** Every tag with its count, or one category's tags; undefined for an unknown or empty category. */
export const getTagIndex = cache(
  async (category?: string): Promise<IndexView | undefined> => toTagIndex(await store.getSnapshot(), Date.now(), category),
);

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

// Created on first use: a build never renders a body.
let bodies: BodyRenderer | undefined;

/** A post's body and the front matter of the same version of its file (see lib/render/body-renderer.ts). */
export function renderPost(summary: PostSummary, snapshot: Snapshot): Promise<RenderedPost> {
  bodies ??= createBodyRenderer({ store, pool: getRenderPool(), log: (line) => console.warn(`${getStoreLabel()}/${line}`) });
  const resolve = (path: string) => resolveLegacyPath(path, snapshot).href;
  return bodies.render(summary, { legacyHosts: snapshot.site.legacyHosts, resolve });
}

export const getArticle = cache(async (slug: string): Promise<Article | undefined> => {
  const snapshot = await store.getSnapshot();
  const summary = snapshot.bySlug.get(slug);
  if (!summary || summary.date > Date.now()) return undefined;
  const { result, notice, post } = await renderPost(summary, snapshot);
  return toArticle(snapshot.site, slug, summary.path, post, result, toNeighbours(snapshot, summary), notice);
});
