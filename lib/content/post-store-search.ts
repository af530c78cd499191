import 'server-only';
import type { PostSummary } from '../types';
import { createPacer } from './post-store-files';

/** Told about every post the store reads, so a search index can follow the folder. */
export type PostIndexer = {
  add(post: PostSummary, body: string): void;
  remove(path: string): void;
  setVisibility(isVisible: (doc: { path: string; slug: string }) => boolean): void;
};

type SearchFeedOptions = {
  indexer?: PostIndexer;
  /** The post a path holds now, if any. */
  postAt: (path: string) => PostSummary | undefined;
  /** A post's whole body, read from its file; undefined when it cannot be read. */
  readBody: (path: string) => string | undefined;
  /** Whether a doc is the visible post of its slug in the current snapshot. */
  isVisible: () => ((doc: { path: string; slug: string }) => boolean) | undefined;
};

/**
 * Feeds the search index from the index's publishes: each post read is queued and added in the
 * background, in slices, reading its whole file, after the lists it belongs to are already served.
 */
export function createSearchFeed(options: SearchFeedOptions) {
  const { indexer } = options;
  const queue = new Set<string>();
  let draining = false;
  let drained: (() => void)[] = [];

  async function drain(): Promise<void> {
    if (draining || !indexer) return;
    draining = true;
    try {
      let count = 0;
      const pace = createPacer();
      for (const name of queue) {
        queue.delete(name);
        const post = options.postAt(name);
        if (!post) continue;
        const body = options.readBody(name);
        if (body !== undefined) indexer.add(post, body);
        count += 1;
        await pace();
      }
      const isVisible = options.isVisible();
      if (isVisible && count > 0) indexer.setVisibility(isVisible);
    } finally {
      draining = false;
      if (queue.size > 0) void drain();
      else {
        for (const resolve of drained) resolve();
        drained = [];
      }
    }
  }

  return {
    /** A post was read: it goes into the index at the next publish. */
    queue(path: string): void {
      queue.add(path);
    },
    remove(path: string): void {
      indexer?.remove(path);
    },
    /** The index published a snapshot: hide replaced docs now, and add the queued posts. */
    published(isVisible: (doc: { path: string; slug: string }) => boolean): void {
      indexer?.setVisibility(isVisible);
      void drain();
    },
    whenIndexed(): Promise<void> {
      if (!draining && queue.size === 0) return Promise.resolve();
      return new Promise((resolve) => drained.push(resolve));
    },
    get pending(): number {
      return queue.size;
    },
  };
}
