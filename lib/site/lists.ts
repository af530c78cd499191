import type { Snapshot } from '../content/snapshot';
import type { ListKind, Page, PostSummary } from '../types';
import { toPage, toVisible } from './pagination';
import { toPostItem } from './present';
import type { ListView } from '../views';
import { formatCategoryName } from './site';
import { countTags, toChips } from './tags';
import { toCategoryUrl, toHomeUrl, toTagIndexUrl, toTagUrl, withTags, type ListQuery } from './urls';


/** A list page that exists: its posts, the filters that apply to it and its slice. */
export type ResolvedList = {
  query: ListQuery;
  name: string;
  urlFor: (page: number) => string;
  /** Every post of the list, future-dated ones included. */
  all: PostSummary[];
  visible: PostSummary[];
  /** The selected tags that narrow the list (a tag list's own tag is not a filter). */
  filters: string[];
  slice: Page<PostSummary>;
};

/** The heading of a list page, with the page number past the first. */
export function formatListTitle(kind: ListKind, name: string, page: number): string {
  const base = kind === 'home' ? '最新文章' : kind === 'category' ? name : `标签：${name}`;
  return page > 1 ? `${base} · 第 ${page} 页` : base;
}

/** The first page of a list, unfiltered. */
export function toListUrl(kind: ListKind, key: string, page = 1): string {
  if (kind === 'home') return toHomeUrl(page);
  return kind === 'category' ? toCategoryUrl(key, page) : toTagUrl(key, page);
}

/**
 * The one rule for which list pages exist, used by proxy.ts (to answer 404 before rendering)
 * and by the pages: an unknown list, a category or tag with no visible posts, or a page past
 * the last is undefined. Home always has its first page, and a filter matching nothing has one.
 */
export function resolveList(snapshot: Snapshot, query: ListQuery, now: number): ResolvedList | undefined {
  const { kind, key, page, tags } = query;
  const all = kind === 'home' ? snapshot.posts : (kind === 'category' ? snapshot.byCategory : snapshot.byTag).get(key);
  if (!all) return undefined;
  const visible = toVisible(all, now);
  if (visible.length === 0 && kind !== 'home') return undefined;
  const filters = tags.filter((tag) => !(kind === 'tag' && tag === key));
  const matching = filters.length === 0 ? visible : visible.filter((post) => filters.every((tag) => post.tags.includes(tag)));
  const slice = toPage(matching, page);
  if (!slice) return undefined;
  const name = kind === 'home' ? snapshot.site.title : kind === 'category' ? formatCategoryName(snapshot.site, key) : key;
  return { query, name, urlFor: (n) => toListUrl(kind, key, n), all, visible, filters, slice };
}

/** One page of home, a category or a tag, narrowed to posts having every selected tag. */
export function toListView(snapshot: Snapshot, query: ListQuery, now: number): ListView | undefined {
  const list = resolveList(snapshot, query, now);
  if (!list) return undefined;
  const { kind, key } = query;
  const { filters, slice } = list;
  const urlFor = (n: number, tags: string[] = filters) => withTags(list.urlFor(n), tags);
  const counts = countTags(list.all, list.visible).filter((tag) => !(kind === 'tag' && tag.name === key));
  const { chips, hidden } = toChips(counts, filters, (tags) => urlFor(1, tags));
  const moreUrl = kind === 'category' ? toTagIndexUrl(key) : toTagIndexUrl();
  return {
    site: snapshot.site,
    kind,
    key,
    name: list.name,
    title: formatListTitle(kind, list.name, slice.page),
    url: list.urlFor(1),
    pageUrl: list.urlFor(slice.page),
    items: slice.items.map((post) => toPostItem(post, snapshot.site)),
    page: slice.page,
    totalPages: slice.totalPages,
    total: slice.total,
    ...(slice.page > 1 ? { prevUrl: urlFor(slice.page - 1) } : {}),
    ...(slice.page < slice.totalPages ? { nextUrl: urlFor(slice.page + 1) } : {}),
    selected: filters,
    chips,
    ...(hidden > 0 ? { moreTags: { url: moreUrl, count: hidden } } : {}),
    ...(filters.length > 0 ? { clearUrl: list.urlFor(1) } : {}),
  };
}
