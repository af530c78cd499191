import 'server-only';
import path from 'node:path';
import { createPostStore, type PostStore } from './post-store';

const KEY = Symbol.for('finews.post-store');

/**
 * The one index of the posts folder. It lives on globalThis because proxy.ts and the
 * pages are bundled separately but run in one server process: both must see one index.
 */
export function getStore(): PostStore {
  const holder = globalThis as unknown as Record<symbol, PostStore | undefined>;
  let store = holder[KEY];
  if (!store) {
    const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.POSTS_DIR || 'posts');
    store = createPostStore(dir, { siteUrl: process.env.SITE_URL });
    holder[KEY] = store;
  }
  return store;
}
