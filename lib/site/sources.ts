import { toVisible } from './pagination';
import { toCategoryLink } from './present';
import type { IndexView, LinkItem } from '../views';
import { formatCategoryName } from './site';
import type { Snapshot } from '../content/snapshot';
import type { PostSummary } from '../types';
import { toCategoryUrl, toSourcesUrl, toTagIndexUrl } from './urls';

/** How many of the week's most active sources the header names when `_site.yml` names none. */
export const HEADER_SOURCES = 8;
// `_site.yml` may name every source just to give it a display name; the header stays short anyway.
export const HEADER_NAMED_LIMIT = 12;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

type Sources = Pick<Snapshot, 'site' | 'posts' | 'byCategory'>;
type Source = { slug: string; count: number; newest: number };
type Computed = { visible: number; header: LinkItem[]; index: IndexView };

// One entry per snapshot; `visible` notices a future-dated post coming due.
const computed = new WeakMap<Sources, Computed>();

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sources by posts in the week before the newest post: archives stop, so the week is the archive's last. */
function toActive(visible: PostSummary[], limit: number): string[] {
  const newest = visible[0];
  if (!newest) return [];
  const since = newest.date - WEEK_MS;
  const counts = new Map<string, number>();
  for (const post of visible) {
    if (post.date <= since) break;
    for (const slug of new Set(post.categories)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || byName(a[0], b[0]))
    .slice(0, limit)
    .map(([slug]) => slug);
}

function compute(snapshot: Sources, now: number): Computed {
  const visible = toVisible(snapshot.posts, now);
  const cached = computed.get(snapshot);
  if (cached && cached.visible === visible.length) return cached;
  const sources: Source[] = [];
  for (const [slug, list] of snapshot.byCategory) {
    const shown = toVisible(list, now);
    if (shown[0]) sources.push({ slug, count: shown.length, newest: shown[0].date });
  }
  sources.sort((a, b) => b.count - a.count || b.newest - a.newest || byName(a.slug, b.slug));
  const live = new Set(sources.map((source) => source.slug));
  const named = snapshot.site.navCategories.filter((slug) => live.has(slug)).slice(0, HEADER_NAMED_LIMIT);
  const header = (named.length > 0 ? named : toActive(visible, HEADER_SOURCES)).map((slug) => toCategoryLink(snapshot.site, slug));
  const entries = sources.map(({ slug, count }) => {
    const name = formatCategoryName(snapshot.site, slug);
    return { name, ...(name !== slug ? { detail: slug } : {}), count, url: toCategoryUrl(slug) };
  });
  const index = {
    title: '全部来源',
    description: `全部 ${entries.length} 个来源，文章多的在前`,
    url: toSourcesUrl(),
    entries,
    related: [{ name: '全部标签', url: toTagIndexUrl() }],
  };
  const result = { visible: visible.length, header, index };
  computed.set(snapshot, result);
  return result;
}

/**
 * The header's sources: those `_site.yml` names (that have posts), in its order; else the most
 * active of the archive's last week, ties by slug.
 */
export function toHeaderSources(snapshot: Sources, now: number): LinkItem[] {
  return compute(snapshot, now).header;
}

/** Every source with visible posts: most posts first, then the one with the newest post, then by slug. */
export function toSourceIndex(snapshot: Sources, now: number): IndexView {
  return compute(snapshot, now).index;
}
