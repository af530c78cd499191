import 'server-only';
import { cache } from 'react';
import { toVisible } from './site/pagination';
import type { Snapshot } from './content/post-store';
import type { Article, HeaderNav, IndexView, ListView } from './views';
import { toArticle } from './site/article';
import { resolveLegacyPath } from './site/legacy-paths';
import { toListView } from './site/lists';
import { createBodyRenderer, type BodyRenderer, type RenderedPost } from './render/body-renderer';
import { getRenderPool, getStore, getStoreLabel } from './store';
import { recordInvalidation } from './freshness.mjs';
import { postTag } from './publish/page-tags.mjs';
import { toHeaderSources, toSourceIndex } from './site/sources';
import { toTagIndex } from './site/tags';
import type { ListKind, PostSummary, SiteConfig } from './types';
import { toPostUrl, toSourcesUrl, type ListQuery } from './site/urls';




// The index is asked for on each call, never held at import: importing this module builds nothing.
const snapshotNow = () => getStore().getSnapshot();

/**
 * One page of home, a category or a tag, narrowed to posts having every selected tag.
 * Undefined for an unknown or empty list, or a page past the last (see lib/site/lists.ts).
 */
export function getListPage(query: ListQuery): Promise<ListView | undefined> {
  return getListPageOnce(query.kind, query.key, query.page, query.tags.join('\n'));
}

// React's cache compares arguments by identity, so the query travels as plain values.
const getListPageOnce = cache(async (kind: ListKind, key: string, page: number, tagKey: string): Promise<ListView | undefined> =>
  toListView(await snapshotNow(), { kind, key, page, tags: tagKey ? tagKey.split('\n') : [] }, Date.now()),
);

export async function getSite(): Promise<SiteConfig> {
  return (await snapshotNow()).site;
}

/** The header's few sources (see lib/site/sources.ts), and the link to all of them. */
export async function getCategoryLinks(): Promise<HeaderNav> {
  const snapshot = await snapshotNow();
  const now = Date.now();
  const categories = toHeaderSources(snapshot, now);
  return { categories, ...(toSourceIndex(snapshot, now).entries.length > 0 ? { allUrl: toSourcesUrl() } : {}) };
}

/** Every source with its post count, for /categories. */
export const getSourceIndex = cache(async (): Promise<IndexView> => toSourceIndex(await snapshotNow(), Date.now()));

/** Every tag with its count, or one category's tags; undefined for an unknown or empty category. */
export const getTagIndex = cache(
  async (category?: string): Promise<IndexView | undefined> => toTagIndex(await snapshotNow(), Date.now(), category),
);

/** The current index of the posts folder, for feeds and the sitemap. */
export async function getSnapshot(): Promise<Snapshot> {
  return snapshotNow();
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
  bodies ??= createBodyRenderer({
    store: getStore(),
    pool: getRenderPool(),
    log: (line) => console.warn(`${getStoreLabel()}/${line}`),
    onLateRender: (slug) => recordInvalidation([postTag(slug)]),
  });
  const resolve = (path: string) => resolveLegacyPath(path, snapshot).href;
  return bodies.render(summary, { legacyHosts: snapshot.site.legacyHosts, resolve });
}

export const getArticle = cache(async (slug: string): Promise<Article | undefined> => {
  const snapshot = await snapshotNow();
  const summary = snapshot.bySlug.get(slug);
  if (!summary || summary.date > Date.now()) return undefined;
  const { result, notice, post } = await renderPost(summary, snapshot);
  return toArticle(snapshot.site, slug, summary.path, post, result, toNeighbours(snapshot, summary), notice);
});
