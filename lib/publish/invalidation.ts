import { byDateThenPath, type Snapshot } from '../content/snapshot';
import { toVisible } from '../site/pagination';
import { toHeaderSources } from '../site/sources';
import type { PostSummary } from '../types';
import { listTag, postTag, SITEMAP_TAG, SOURCES_TAG, TAG_INDEX_TAG, OTHER_TAG } from './page-tags.mjs';

/** One moment of the site: an index and the time at which its visible posts are read. */
export type SiteState = { snapshot: Snapshot; at: number };

/** More changed posts than this in one publish (a folder restored, a rescan) drop every page. */
const MAX_CHANGED = 500;

/**
 * The summaries in one list and not the other, each with the moment it belongs to. Both lists are
 * newest first (lib/content/snapshot.ts), and an unchanged file keeps its summary object, so one
 * walk down both finds them: at 100,000 posts this takes a few milliseconds, where comparing two
 * maps by slug took 170-360 ms of the request thread on every publish.
 */
function toChanged(before: SiteState, after: SiteState): [SiteState, PostSummary][] | undefined {
  const old = toVisible(before.snapshot.posts, before.at);
  const now = toVisible(after.snapshot.posts, after.at);
  const changed: [SiteState, PostSummary][] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const a = old[i];
    const b = now[j];
    if (a && a === b) {
      i += 1;
      j += 1;
      continue;
    }
    const order = !a ? 1 : !b ? -1 : byDateThenPath(a, b);
    if (order <= 0 && a) {
      changed.push([before, a]);
      i += 1;
    }
    if (order >= 0 && b) {
      changed.push([after, b]);
      j += 1;
    }
    if (changed.length > MAX_CHANGED) return undefined;
  }
  return changed;
}

/** The posts an article's 上一篇/下一篇 come from: its first category, else every post. */
function neighbourList(state: SiteState, post: PostSummary): PostSummary[] {
  const first = post.categories[0];
  const list = first ? (state.snapshot.byCategory.get(first) ?? []) : state.snapshot.posts;
  return toVisible(list, state.at);
}

function addNeighbours(tags: Set<string>, state: SiteState, post: PostSummary): void {
  const list = neighbourList(state, post);
  const index = list.findIndex((item) => item.slug === post.slug);
  if (index < 0) return;
  for (const neighbour of [list[index - 1], list[index + 1]]) if (neighbour) tags.add(postTag(neighbour.slug));
}

function sameLinks(a: { name: string; url: string }[], b: { name: string; url: string }[]): boolean {
  return a.length === b.length && a.every((link, i) => link.name === b[i]?.name && link.url === b[i]?.url);
}

/**
 * The cache tags (lib/publish/page-tags.mjs) of every page that differs between two moments of
 * the site: the changed posts' articles and their neighbours' (before and after), every list
 * they are or were on with its feeds, the indexes of sources and tags, and the sitemap. 'all'
 * when something on every page changed: the site's settings or the header's sources.
 * A post is changed when its summary is not the same object: the index makes a new one only
 * when its file changed. A future-dated post coming due is a change between two times of one index.
 */
export function changedTags(before: SiteState | undefined, after: SiteState): string[] | 'all' {
  if (!before) return 'all';
  if (before.snapshot.site !== after.snapshot.site && JSON.stringify(before.snapshot.site) !== JSON.stringify(after.snapshot.site)) return 'all';
  if (!sameLinks(toHeaderSources(before.snapshot, before.at), toHeaderSources(after.snapshot, after.at))) return 'all';

  const changed = toChanged(before, after);
  if (!changed) return 'all';
  if (changed.length === 0) return [];

  // Pages no route shape names (the 404 page, say) go with any change.
  const tags = new Set<string>([listTag('home'), SOURCES_TAG, TAG_INDEX_TAG, SITEMAP_TAG, OTHER_TAG]);
  for (const [state, post] of changed) {
    tags.add(postTag(post.slug));
    for (const category of post.categories) tags.add(listTag('category', category));
    for (const tag of post.tags) tags.add(listTag('tag', tag));
    addNeighbours(tags, state, post);
  }
  return [...tags];
}

/** The longest a timer may be set for (setTimeout's limit, about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export type InvalidationTracker = {
  /** The index published a new snapshot. */
  published: (snapshot: Snapshot) => void;
  stop: () => void;
};

/**
 * Follows the index's publishes and the coming due of future-dated posts, and hands the tags of
 * the pages each one changed to `record` (lib/freshness.mjs's recordInvalidation).
 */
export function createInvalidationTracker(record: (tags: string[] | 'all', at: number) => void, clock: () => number = Date.now): InvalidationTracker {
  let last: SiteState | undefined;
  let timer: NodeJS.Timeout | undefined;

  function advance(snapshot: Snapshot): void {
    const state = { snapshot, at: clock() };
    const tags = changedTags(last, state);
    if (tags === 'all' || tags.length > 0) record(tags, state.at);
    last = state;
    schedule(state);
  }

  function schedule(state: SiteState): void {
    clearTimeout(timer);
    // Posts are newest first: the last one still in the future is the next to come due.
    const upcoming = state.snapshot.posts.findLast((post) => post.date > state.at);
    if (!upcoming) return;
    timer = setTimeout(() => advance(state.snapshot), Math.min(MAX_TIMER_MS, upcoming.date - state.at + 1));
    timer.unref();
  }

  return { published: advance, stop: () => clearTimeout(timer) };
}
