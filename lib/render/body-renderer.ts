import type { PostStore } from '../content/post-store';
import { finishBody, toExcerptBody, type RenderedBody, type RenderOptions } from './render';
import type { RenderPool } from './render-pool';
import type { Post, PostSummary } from '../types';

export type BodyNotice = 'updating' | 'not-rendered' | 'pending';
export type RenderedPost = { result: RenderedBody; notice?: BodyNotice; post: PostSummary };

export type BodyRendererOptions = {
  store: Pick<PostStore, 'stampOf' | 'readPostVersion'>;
  pool: Pick<RenderPool, 'render' | 'longestRunningMs' | 'detached'>;
  log: (line: string) => void;
  /** Longest a request waits for a render before it shows the excerpt for now. */
  waitMs?: number;
  /**
   * Called with a post's slug when a render a reader stopped waiting for has ended: the page that
   * showed its excerpt for now is cached, and must be made again (lib/posts.ts drops it by tag).
   */
  onLateRender?: (slug: string) => void;
  cacheSize?: number;
};

// A body that has not rendered by then, while a slow body holds up the pool, is shown as its
// excerpt for now; its render goes on, and when it ends the cached page is dropped (onLateRender),
// so the next request gets the whole article. A queue of ordinary renders (a busy server) is waited out, up to
// RENDER_WAIT_LIMIT_MS: a reader is better served by a slow whole article than a fast excerpt.
const RENDER_WAIT_MS = 2000;
const RENDER_WAIT_LIMIT_MS = 20_000;
// A render running longer than this is a slow body, not a busy server (real posts take 10–50 ms).
const SLOW_RENDER_MS = 1000;
// Rendered trees take 10–100 KB each. Every regeneration of an article or feed whose body is not
// here is a trip through the render pool, so this holds a busy rotation (the soak has about 500).
const RENDER_CACHE_SIZE = 500;

/**
 * Post bodies for article pages: rendered in the worker pool, once per version of a file however
 * many readers ask at once, and kept with the front matter they came with so a page never mixes
 * two versions. A body that fails or runs over its budget is remembered as failed until its file
 * changes, and shown as its excerpt with a notice; while a file does not parse, its last rendered
 * version is shown, or with none, the excerpt.
 */
export function createBodyRenderer(options: BodyRendererOptions) {
  const { store, pool, log } = options;
  const waitMs = options.waitMs ?? RENDER_WAIT_MS;
  const cacheSize = options.cacheSize ?? RENDER_CACHE_SIZE;
  const rendered = new Map<string, { body: string; result: RenderedBody; post: PostSummary }>();
  const failures = new Map<string, { stamp: string; reason: string }>();
  const inflight = new Map<string, Promise<RenderedBody | undefined>>();

  function remember(key: string, body: string, result: RenderedBody, post: PostSummary): void {
    rendered.delete(key);
    rendered.set(key, { body, result, post });
    if (rendered.size > cacheSize) {
      const oldest = rendered.keys().next().value;
      if (oldest !== undefined) rendered.delete(oldest);
    }
  }

  function renderOnce(path: string, stamp: string, post: Post, renderOptions: RenderOptions): Promise<RenderedBody | undefined> | undefined {
    const key = `${path}\n${stamp}`;
    const running = inflight.get(key);
    if (running) return running;
    const { body, ...front } = post;
    // Chained outside the request: the render outlives the reader who asked for it.
    const result = pool.detached(() =>
      pool
        .render(body)
        ?.then((done) => {
          if ('tree' in done) {
            const finished = finishBody(done.tree, renderOptions);
            remember(path, body, finished, front);
            return finished;
          }
          failures.set(path, { stamp, reason: done.failure });
          log(`${path}: ${done.failure}; its article shows only the excerpt until the file changes (npm run check -- --render lists such posts)`);
          return undefined;
        })
        .finally(() => inflight.delete(key)),
    );
    if (!result) return undefined;
    inflight.set(key, result);
    return result;
  }

  return {
    async render(summary: PostSummary, renderOptions: RenderOptions): Promise<RenderedPost> {
      const withSource = (source?: string) => ({ ...renderOptions, ...(source ? { source } : {}) });
      const excerpt = (notice: BodyNotice): RenderedPost => ({ result: toExcerptBody(summary.excerpt, withSource(summary.source)), notice, post: summary });
      const failed = failures.get(summary.path);
      if (failed && failed.stamp === store.stampOf(summary)) return excerpt('not-rendered');
      const version = await store.readPostVersion(summary);
      const cached = rendered.get(summary.path);
      if (!version?.post) return cached ? { result: cached.result, post: cached.post } : excerpt('updating');
      const { body, ...front } = version.post;
      if (cached && cached.body === body) return { result: cached.result, post: front };
      const rendering = renderOnce(summary.path, version.stamp, version.post, withSource(version.post.source));
      const result = rendering && (await waitFor(rendering, waitMs, () => pool.longestRunningMs() >= SLOW_RENDER_MS));
      if (result && result !== 'late') return { result, post: front };
      if (result === 'late') void rendering?.finally(() => options.onLateRender?.(summary.slug));
      return failures.get(summary.path)?.stamp === version.stamp ? excerpt('not-rendered') : excerpt('pending');
    },
    /** Why each failed post failed, for as long as its file is unchanged. */
    get failures(): ReadonlyMap<string, { stamp: string; reason: string }> {
      return failures;
    },
  };
}

/** The promise's value, or 'late' once `ms` have passed while `heldUp()` says so (or the hard limit has). */
function waitFor<T>(promise: Promise<T>, ms: number, heldUp: () => boolean): Promise<T | 'late'> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    const check = () => {
      const waited = Date.now() - started;
      if (waited >= RENDER_WAIT_LIMIT_MS || (waited >= ms && heldUp())) resolve('late');
      else timer = setTimeout(check, waited >= ms ? 100 : ms - waited);
    };
    timer = setTimeout(check, ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export type BodyRenderer = ReturnType<typeof createBodyRenderer>;
