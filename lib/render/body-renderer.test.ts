import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBodyRenderer } from './body-renderer';
import { MAX_POST_BYTES } from '../content/front-matter';
import { createPostStore, type PostStore } from '../content/post-store';
import { createRenderPool, type RenderOutcome } from './render-pool';
import { toSanitizedTree } from './render-pipeline.mjs';
import type { PostSummary } from '../types';

let dir: string;
let store: PostStore;
let logs: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-bodies-'));
  logs = [];
});

afterEach(() => {
  store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Old enough that reads do not wait for the write to settle.
const PAST = new Date('2024-01-01T00:00:00Z');

function write(name: string, body: string, title = '测试文章', time = PAST): void {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `---\ntitle: ${title}\ndate: 2022-04-24 10:00:00 +0800\ncategories: hongguan\n---\n<p>摘要里的第一段。</p>\n\n${body}\n`);
  fs.utimesSync(file, time, time);
}

async function summaryOf(name: string): Promise<PostSummary> {
  const snapshot = await store.refresh();
  const summary = snapshot.posts.find((post) => post.path === name);
  if (!summary) throw new Error(`${name} is not in the index`);
  return summary;
}

/** A pool that renders on this thread, counting its renders; `hold` keeps them waiting. */
function createCountingPool(fail?: (markdown: string) => string | undefined) {
  let release: () => void = () => {};
  let held: Promise<void> = Promise.resolve();
  const pool = {
    calls: 0,
    /** What the pool says of its longest running render: over a second means a slow body holds it up. */
    runningMs: 0,
    longestRunningMs: () => pool.runningMs,
    detached: <T>(start: () => T): T => start(),
    hold() {
      held = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    render(markdown: string): Promise<RenderOutcome> {
      pool.calls += 1;
      return held.then(() => {
        const failure = fail?.(markdown);
        return failure ? { failure } : { tree: toSanitizedTree(markdown) };
      });
    },
  };
  return pool;
}

const text = (tree: Root) => toString(tree);
const options = { legacyHosts: [] };

describe('article bodies', () => {
  it('renders a body once however many readers ask at the same time', async () => {
    store = createPostStore(dir, { log: () => {} });
    write('a.md', '<p>正文第二段。</p>');
    const pool = createCountingPool();
    const bodies = createBodyRenderer({ store, pool, log: (line) => logs.push(line) });
    const summary = await summaryOf('a.md');
    pool.hold();
    const reads = Promise.all([1, 2, 3, 4].map(() => bodies.render(summary, options)));
    await expect.poll(() => pool.calls).toBe(1);
    pool.release();
    for (const { result, notice } of await reads) {
      expect(notice).toBeUndefined();
      expect(text(result.tree)).toContain('正文第二段');
    }
    await bodies.render(summary, options);
    expect(pool.calls).toBe(1);
  });

  it('remembers a failed body until its file changes, showing the excerpt with a notice', async () => {
    store = createPostStore(dir, { log: () => {} });
    write('bad.md', '<p>坏掉的正文</p>');
    const pool = createCountingPool((markdown) => (markdown.includes('坏掉') ? 'body took over 4 s to render' : undefined));
    const bodies = createBodyRenderer({ store, pool, log: (line) => logs.push(line) });
    const summary = await summaryOf('bad.md');
    for (let i = 0; i < 3; i += 1) {
      const { result, notice } = await bodies.render(summary, options);
      expect(notice).toBe('not-rendered');
      expect(text(result.tree)).toContain('摘要里的第一段');
    }
    expect(pool.calls).toBe(1);
    expect(logs).toEqual(['bad.md: body took over 4 s to render; its article shows only the excerpt until the file changes (npm run check -- --render lists such posts)']);

    // Same size as before: only its time says it changed.
    write('bad.md', '<p>修好的正文</p>', '测试文章', new Date(PAST.getTime() + 1000));
    const fixed = await bodies.render(await summaryOf('bad.md'), options);
    expect(fixed.notice).toBeUndefined();
    expect(text(fixed.result.tree)).toContain('修好的正文');
    expect(pool.calls).toBe(2);
  });

  it('shows the excerpt for now when a slow body holds up the pool, and the whole body once it is done', async () => {
    store = createPostStore(dir, { log: () => {} });
    write('slow.md', '<p>排版很慢的正文</p>');
    const pool = createCountingPool();
    const late: string[] = [];
    const bodies = createBodyRenderer({ store, pool, log: (line) => logs.push(line), waitMs: 50, onLateRender: (slug) => late.push(slug) });
    const summary = await summaryOf('slow.md');
    pool.hold();
    pool.runningMs = 3000;
    const first = await bodies.render(summary, options);
    expect(first.notice).toBe('pending');
    expect(text(first.result.tree)).toContain('摘要里的第一段');
    expect(late).toEqual([]);
    pool.release();
    // The page that showed the excerpt is cached: it is dropped once the render is done.
    await expect.poll(() => late).toEqual([summary.slug]);
    expect((await bodies.render(summary, options)).notice).toBeUndefined();
    expect(pool.calls).toBe(1);
  });

  it('waits out a queue of ordinary renders: a busy server still serves the whole article', async () => {
    store = createPostStore(dir, { log: () => {} });
    write('queued.md', '<p>排在队里的正文</p>');
    const pool = createCountingPool();
    const bodies = createBodyRenderer({ store, pool, log: (line) => logs.push(line), waitMs: 50 });
    const summary = await summaryOf('queued.md');
    pool.hold();
    const reading = bodies.render(summary, options);
    // Well past the wait, with nothing slow running: the reader still waits for the body.
    await new Promise((resolve) => setTimeout(resolve, 300));
    pool.release();
    const { notice, result } = await reading;
    expect(notice).toBeUndefined();
    expect(text(result.tree)).toContain('排在队里的正文');
  });

  it('never reads a post that has grown past the size limit in place', async () => {
    store = createPostStore(dir, { log: () => {} });
    write('grows.md', '<p>原来的正文</p>');
    const bodies = createBodyRenderer({ store, pool: createCountingPool(), log: (line) => logs.push(line) });
    const summary = await summaryOf('grows.md');
    expect(text((await bodies.render(summary, options)).result.tree)).toContain('原来的正文');
    // Appended in place: same file, same path, now over the limit.
    fs.appendFileSync(path.join(dir, 'grows.md'), Buffer.alloc(MAX_POST_BYTES + 1024, 0x61));
    fs.utimesSync(path.join(dir, 'grows.md'), PAST, new Date(PAST.getTime() + 1000));
    const version = await store.readPostVersion(summary);
    expect(version?.post).toBeUndefined();
    const after = await bodies.render(summary, options);
    expect(text(after.result.tree)).toContain('原来的正文');
    expect((await store.refresh()).issues.map((issue) => issue.reason).join('\n')).toMatch(/grows\.md|posts over [\d,]+ bytes \(10 MB\) are left out \(still serving the last good version\)/);
  });

  it('shows hostile bodies as their excerpt through the real worker pool', async () => {
    store = createPostStore(dir, { log: () => {} });
    write('deep.md', '>'.repeat(20_000));
    write('slow.md', '**a'.repeat(20_000));
    const pool = createRenderPool({ filename: path.join(import.meta.dirname, 'render-worker.mjs'), budgetMs: 1000, threads: 1, nice: 0 });
    try {
      const bodies = createBodyRenderer({ store, pool, log: (line) => logs.push(line) });
      for (const name of ['deep.md', 'slow.md']) {
        const { notice, result } = await bodies.render(await summaryOf(name), options);
        expect(notice).toBe('not-rendered');
        expect(text(result.tree)).toContain('摘要里的第一段');
      }
      expect(logs).toEqual([expect.stringMatching(/^deep\.md: body nests more than 64 levels/), expect.stringMatching(/^slow\.md: body took over 1 s to render/)]);
    } finally {
      await pool.close();
    }
  });
});
