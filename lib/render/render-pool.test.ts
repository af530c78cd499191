import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { Piscina } from 'piscina';
import { afterAll, describe, expect, it } from 'vitest';
import { createRenderPool, RENDER_NICE, toWorkerData } from './render-pool';

const pool = createRenderPool({ filename: path.join(import.meta.dirname, 'render-worker.mjs'), budgetMs: 1000, threads: 1, nice: 0 });
afterAll(() => pool.close());

function textOf(outcome: unknown): string {
  return JSON.stringify(outcome);
}

describe('the render pool', () => {
  it('renders a body in a worker to a sanitized tree', async () => {
    const outcome = await pool.render('## 标题\n\n<p onclick="x()">正文<script>alert(1)</script></p>');
    expect(outcome && 'tree' in outcome).toBe(true);
    expect(textOf(outcome)).toContain('正文');
    expect(textOf(outcome)).not.toMatch(/onclick|alert/);
  });

  it('ends a render that runs over its budget, and the next body still renders', async () => {
    const started = Date.now();
    // Emphasis runs make the parser quadratic: this takes seconds on the request thread.
    const rendering = pool.render('**a'.repeat(20_000));
    // While it runs, the pool says how long: what tells a slow body from a busy queue.
    await expect.poll(() => pool.longestRunningMs(), { timeout: 5000 }).toBeGreaterThanOrEqual(500);
    const slow = await rendering;
    expect(pool.longestRunningMs()).toBe(0);
    expect(slow).toEqual({ failure: expect.stringMatching(/took over 1 s/) });
    expect(Date.now() - started).toBeLessThan(10_000);
    const next = await pool.render('之后的文章');
    expect(textOf(next)).toContain('之后的文章');
  });

  it('renders at a lower CPU priority than requests, so a stalling body takes little of their time', async () => {
    const threads = new Piscina({ filename: path.join(import.meta.dirname, 'render-worker.mjs'), maxThreads: 1, workerData: toWorkerData({}) });
    try {
      expect(await threads.run(null, { name: 'priority' })).toBe(RENDER_NICE);
      expect(RENDER_NICE).toBeGreaterThan(0);
    } finally {
      await threads.destroy();
    }
  });

  it('keeps no request state alive while its work is queued, and hands the result back to the request', async () => {
    const request = new AsyncLocalStorage<string>();
    // A render queued in a request's context used to hold that request (response, React tree) until it ran.
    const inside = await request.run('a reader', () => pool.detached(() => Promise.resolve().then(() => request.getStore())));
    expect(inside).toBeUndefined();
    const after = await request.run('a reader', async () => {
      await pool.render('正文');
      return request.getStore();
    });
    expect(after).toBe('a reader');
  });

  it('fails a body nested too deeply with its reason', async () => {
    expect(await pool.render('>'.repeat(20_000))).toEqual({ failure: expect.stringMatching(/more than 64 levels/) });
  });

  it('counts the budget from when a render starts, not from when it was queued', async () => {
    // Five long bodies of about half a second each on one thread: together they run well over
    // the 2.5 s budget, so the last ones would fail if their time in the queue counted.
    const queued = createRenderPool({ filename: path.join(import.meta.dirname, 'render-worker.mjs'), budgetMs: 2500, threads: 1, nice: 0 });
    try {
      const body = (n: number) => `第${n}篇。\n\n` + '一段普通的财经新闻文字，*强调*一下。\n\n'.repeat(1000);
      const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => queued.render(body(n))));
      outcomes.forEach((outcome, index) => expect(textOf(outcome)).toContain(`第${index + 1}篇`));
    } finally {
      await queued.close();
    }
  });
});
