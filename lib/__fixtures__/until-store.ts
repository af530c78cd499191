import type { PostStore } from '../content/post-store';
import type { Snapshot } from '../content/snapshot';

/** Reads the store until `check` holds, without ever calling refresh(); fails after 2 s. */
export async function until(store: PostStore, check: (snapshot: Snapshot) => boolean): Promise<Snapshot> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const snapshot = await store.getSnapshot();
    if (check(snapshot)) return snapshot;
    if (Date.now() > deadline) throw new Error('the store did not catch up within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
