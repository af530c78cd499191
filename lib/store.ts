import 'server-only';
import path from 'node:path';
import { toPlainText } from './excerpt';
import { createPostStore, type PostStore } from './post-store';
import { createSearchIndex, type SearchIndex } from './search-index';

// Body characters indexed for search per post: the first 2,000, enough to fit 100,000 posts in memory.
export const SEARCH_BODY_CHARS = 2000;

type Shared = { store: PostStore; search: SearchIndex };

const KEY = Symbol.for('finews.post-store');

/**
 * The one index of the posts folder, with its search index. It lives on globalThis
 * because proxy.ts and the pages are bundled separately but run in one server process.
 */
function getShared(): Shared {
  const holder = globalThis as unknown as Record<symbol, Shared | undefined>;
  let shared = holder[KEY];
  if (!shared) {
    const search = createSearchIndex();
    const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.POSTS_DIR || 'posts');
    const store = createPostStore(dir, {
      siteUrl: process.env.SITE_URL,
      indexer: {
        add: (post) =>
          search.add({ path: post.path, slug: post.slug, title: post.title, tags: post.tags, date: post.date }, toPlainText(post.body, SEARCH_BODY_CHARS * 2).slice(0, SEARCH_BODY_CHARS)),
        remove: (file) => search.remove(file),
        setVisibility: (isVisible) => search.setVisibility(isVisible),
      },
    });
    shared = { store, search };
    holder[KEY] = shared;
  }
  return shared;
}

export function getStore(): PostStore {
  return getShared().store;
}

export function getSearchIndex(): SearchIndex {
  return getShared().search;
}
