import { toVisible } from './pagination';
import type { IndexView, TagChip, TagCount } from '../views';
import { formatCategoryName } from './site';
import type { Snapshot } from '../content/snapshot';
import type { PostSummary } from '../types';
import { toCategoryUrl, toSourcesUrl, toTagIndexUrl, toTagUrl, withTags } from './urls';


/** Chips a list shows; the rest are one link away, so a list's HTML does not grow with its tags. */
export const CHIP_LIMIT = 12;

const tagCounts = new WeakMap<PostSummary[], { visible: number; counts: TagCount[] }>();

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Tags of a list's visible posts with their counts, most used first, then by name. Kept per list
 * until it changes; `visible` is the list without its future posts (a suffix, so its length says which).
 */
export function countTags(list: PostSummary[], visible: PostSummary[]): TagCount[] {
  const cached = tagCounts.get(list);
  if (cached && cached.visible === visible.length) return cached.counts;
  const counts = new Map<string, number>();
  for (const post of visible) for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const sorted = [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || byName(a.name, b.name));
  tagCounts.set(list, { visible: visible.length, counts: sorted });
  return sorted;
}

/**
 * The chips of a list: the `limit` most used tags, then any selected tag beyond them, and first a
 * selected tag the list does not have (count 0), so the reader can remove it. `hidden` counts the rest.
 */
export function toChips(
  counts: TagCount[],
  selected: string[],
  toUrl: (tags: string[]) => string,
  limit = CHIP_LIMIT,
): { chips: TagChip[]; hidden: number } {
  const toggle = (tag: string) => (selected.includes(tag) ? selected.filter((t) => t !== tag) : [...selected, tag]);
  const toChip = (tag: TagCount): TagChip => ({ ...tag, selected: selected.includes(tag.name), url: toUrl(toggle(tag.name)) });
  const top = counts.slice(0, limit);
  const beyond = counts.slice(limit).filter((tag) => selected.includes(tag.name));
  const missing = selected.filter((tag) => !counts.some((count) => count.name === tag)).map((name) => ({ name, count: 0 }));
  return {
    chips: [...missing, ...top, ...beyond].map(toChip),
    hidden: counts.length - top.length - beyond.length,
  };
}

type TagSources = Pick<Snapshot, 'site' | 'posts' | 'byCategory'>;

// Keyed on the counts, which are replaced whenever the list or its visible part changes.
const indexes = new WeakMap<TagCount[], IndexView>();

/**
 * Every tag of the visible posts, most used first, each to its tag list; with a category, that
 * category's tags, each to the category filtered by it. Undefined for a category with no visible posts.
 */
export function toTagIndex(snapshot: TagSources, now: number, category?: string): IndexView | undefined {
  const list = category === undefined ? snapshot.posts : snapshot.byCategory.get(category);
  if (!list) return undefined;
  const visible = toVisible(list, now);
  if (category !== undefined && visible.length === 0) return undefined;
  const counts = countTags(list, visible);
  const cached = indexes.get(counts);
  if (cached) return cached;
  const index = category === undefined ? toSiteTags(counts) : toCategoryTags(counts, category, formatCategoryName(snapshot.site, category));
  indexes.set(counts, index);
  return index;
}

function toSiteTags(counts: TagCount[]): IndexView {
  return {
    title: '全部标签',
    description: `全部 ${counts.length} 个标签，用得多的在前`,
    url: toTagIndexUrl(),
    entries: counts.map(({ name, count }) => ({ name, count, url: toTagUrl(name) })),
    related: [{ name: '全部来源', url: toSourcesUrl() }],
  };
}

function toCategoryTags(counts: TagCount[], slug: string, name: string): IndexView {
  const list = toCategoryUrl(slug);
  return {
    title: `${name}的标签`,
    description: `${name}的 ${counts.length} 个标签，用得多的在前`,
    url: toTagIndexUrl(slug),
    entries: counts.map((tag) => ({ name: tag.name, count: tag.count, url: withTags(list, [tag.name]) })),
    related: [{ name, url: list }, { name: '全部标签', url: toTagIndexUrl() }],
  };
}
