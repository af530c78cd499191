import { formatReadError } from './post-file';

// Changes are written at most this often; each save is whole (lib/content/index-snapshot.ts).
export const SAVE_INTERVAL_MS = 30_000;

/**
 * Saves at most once per `intervalMs`, the first time as soon as asked; a change during a save
 * is saved after it. Never throws: a failed save is logged and tried again at the next change.
 */
export function createIndexSaver(save: () => Promise<void>, log: (line: string) => void, intervalMs = SAVE_INTERVAL_MS) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let lastStart = -Infinity;
  let dirty = false;
  let closed = false;

  function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    dirty = false;
    lastStart = Date.now();
    running = save()
      .catch((error: unknown) => log(`index snapshot not saved (${formatReadError(error)})`))
      .finally(() => {
        running = undefined;
        if (dirty && !closed) changed();
      });
    return running;
  }

  function changed(): void {
    dirty = true;
    if (timer || running || closed) return;
    timer = setTimeout(() => void run(), Math.max(0, lastStart + intervalMs - Date.now()));
    timer.unref();
  }

  return {
    changed,
    /** Saves now (after the save under way, if any). */
    async saveNow(): Promise<void> {
      while (running) await running;
      return run();
    },
    close(): void {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
