import 'server-only';
import { CHANGE_SETTLE_MS } from '../freshness.mjs';

type Jobs<T> = {
  /** Reads the whole folder again. */
  scan: () => Promise<T>;
  /** Reads again only the paths events named. */
  flush: (names: string[]) => Promise<T | undefined>;
};

/**
 * The index's change queue: watch events for one save come in bursts and are applied together,
 * CHANGE_SETTLE_MS after the first; scans and flushes take turns, so each sees the other's
 * finished work; and a rescan asked for while one is waiting joins it instead of queueing another.
 */
export function createChangeQueue<T>(jobs: Jobs<T>) {
  let busy: Promise<unknown> = Promise.resolve();
  let queuedScan: Promise<T> | undefined;
  const dirty = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  function serial<R>(job: () => Promise<R>): Promise<R> {
    const run = busy.then(job, job);
    busy = run.catch(() => undefined);
    return run;
  }

  return {
    /** A path changed (a file, a folder, or '' for the root itself). */
    changed(name: string): void {
      dirty.add(name);
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void serial(() => {
          const names = [...dirty];
          dirty.clear();
          return jobs.flush(names);
        });
      }, CHANGE_SETTLE_MS);
    },
    rescan(): Promise<T> {
      if (!queuedScan) {
        queuedScan = serial(() => {
          queuedScan = undefined;
          return jobs.scan();
        });
      }
      return queuedScan;
    },
    close(): void {
      clearTimeout(timer);
    },
  };
}
