import 'server-only';
import path from 'node:path';
import { recordInvalidation } from './freshness.mjs';
import { processWide } from './process-wide.mjs';
import { toPlainText } from './render/excerpt';
import { toIndexCacheFile } from './content/index-snapshot';
import { createPostStore, toLabel, type PostStore, type Snapshot, type StoreOptions } from './content/post-store';
import { createRenderPool, RENDER_BUDGET_MS, type RenderPool } from './render/render-pool';
import { createSearchIndex, type SearchIndex } from './search/search-index';
import { createInvalidationTracker } from './publish/invalidation';


type Shared = { store: PostStore; search: SearchIndex };


/** A store of `dir` whose every read post also goes into a new search index. */
export function createIndexedStore(dir: string, options: Omit<StoreOptions, 'indexer'> = {}): Shared {
  const search = createSearchIndex();
  const store = createPostStore(dir, {
    ...options,
    indexer: {
      add: (post, body) =>
        search.add(
          { path: post.path, slug: post.slug, title: post.title, tags: post.tags, date: post.date },
          // The whole body: a word in an article's last paragraph must find it.
          toPlainText(body, Infinity),
        ),
      remove: (file) => search.remove(file),
      setVisibility: (isVisible) => search.setVisibility(isVisible),
    },
  });
  return { store, search };
}

// The one index of the posts folder, shared by proxy.ts and the pages (see lib/process-wide.mjs).
function getShared(): Shared {
  return processWide('post-store', (): Shared => {
    const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.POSTS_DIR || 'posts');
    // A build reads no posts: the page cache (server/next-cache-handler.mjs) never serves build-time
    // pages, so reading 100,000 files there would only make the build grow with the archive.
    const building = process.env.NEXT_PHASE === 'phase-production-build';
    if (building) return { store: createPostStore(path.join(dir, '.build-reads-no-posts'), { siteUrl: process.env.SITE_URL }), search: createSearchIndex() };
    // Each publish, and each future-dated post coming due, drops the cached pages it changed.
    const tracker = createInvalidationTracker(recordInvalidation);
    return createIndexedStore(dir, { siteUrl: process.env.SITE_URL, watch: true, indexCache: getIndexCacheFile(dir), onPublish: (snapshot: Snapshot) => tracker.published(snapshot) });
  });
}

/** The saved index of `dir`: in `.cache/` of the project unless INDEX_CACHE_DIR says where; INDEX_CACHE=0 turns it off. */
function getIndexCacheFile(dir: string): string | undefined {
  if (process.env.INDEX_CACHE === '0') return undefined;
  const cacheDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.INDEX_CACHE_DIR || '.cache');
  const file = toIndexCacheFile(dir, cacheDir);
  if (!file) console.warn(`${cacheDir}: the index cache folder is inside the posts folder, which is never written to; the index is not saved`);
  return file;
}

export function getStore(): PostStore {
  return getShared().store;
}

export function getSearchIndex(): SearchIndex {
  return getShared().search;
}

/**
 * Begins the first scan of the folder now rather than on the first request, and starts the
 * render pool here, outside any request, so its work is never tied to one (see lib/render/render-pool.ts).
 */
export function startStore(): void {
  void getShared().store.getSnapshot();
  getRenderPool();
}

/** The process's pool of render workers, started on first use. */
export function getRenderPool(): RenderPool {
  return processWide('render-pool', () =>
    createRenderPool({
      filename: path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'render', 'render-worker.mjs'),
      budgetMs: RENDER_BUDGET_MS,
    }),
  );
}

/** How log lines name the posts folder. */
export function getStoreLabel(): string {
  return toLabel(getStore().root);
}
