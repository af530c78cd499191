import { describe, expect, it } from 'vitest';
import { currentThreadId, threadCpuMs } from './thread-cpu.mjs';

describe('thread CPU time', () => {
  it('counts what this thread runs, and not the time it sleeps', async () => {
    const thread = currentThreadId();
    expect(thread).toBeGreaterThan(0);
    const before = threadCpuMs(thread ?? 0) ?? NaN;
    const end = performance.now() + 300;
    while (performance.now() < end) Math.sqrt(Math.random());
    const busy = (threadCpuMs(thread ?? 0) ?? NaN) - before;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const asleep = (threadCpuMs(thread ?? 0) ?? NaN) - before - busy;
    // Ticks are 10 ms, and a shared machine may give the loop less than all of its 300 ms.
    expect(busy).toBeGreaterThanOrEqual(50);
    expect(asleep).toBeLessThan(100);
  });

  it('says nothing of a thread that does not exist', () => {
    expect(threadCpuMs(999_999_999)).toBeUndefined();
  });
});
