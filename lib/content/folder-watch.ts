import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_POLL_MS } from '../freshness.mjs';
import { toErrorCode } from './post-file';

export type FolderWatch = {
  /**
   * Starts watching these folders (relative to the root, '' for the root); others stop. Those
   * in `recheck` that were deleted and made again since their watch began are watched anew.
   */
  setFolders(folders: string[], recheck?: Iterable<string>): void;
  close(): void;
  /** False once watching failed (no inotify, too many watches): the owner must poll instead. */
  readonly working: boolean;
};

// A folder that cannot be watched, not a failure of watching.
const FOLDER_PROBLEMS = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'ENAMETOOLONG', 'ELOOP']);

/**
 * Reports the relative path of every name that changes in a folder tree. One plain watch per
 * folder rather than `recursive: true`, which Node 20 on Linux emulates by walking and
 * watching every file. A watch dies with its folder, so a folder deleted, moved or replaced is
 * watched again, and a missing root is polled for. Watches and polls never keep the process alive.
 */
export function createFolderWatch(root: string, onChange: (relative: string) => void, onFailure: () => void): FolderWatch {
  const watches = new Map<string, { watcher: fs.FSWatcher; ino: number }>();
  let working = true;
  // A scan still running when its store closes must not start watches again.
  let closed = false;
  let rootPoll: NodeJS.Timeout | undefined;

  function stopAll(): void {
    for (const entry of watches.values()) entry.watcher.close();
    watches.clear();
    clearInterval(rootPoll);
    rootPoll = undefined;
  }

  function fail(): void {
    if (!working) return;
    working = false;
    stopAll();
    onFailure();
  }

  function stop(folder: string): void {
    watches.get(folder)?.watcher.close();
    watches.delete(folder);
  }

  function start(folder: string): void {
    if (closed) return;
    const full = path.join(root, folder);
    // Taken before the watch begins: a folder replaced in between shows as changed at the next recheck.
    const stat = statOf(full);
    if (!stat?.isDirectory()) {
      if (folder === '') pollRoot();
      return;
    }
    try {
      const watcher = fs.watch(full, { persistent: false }, (_event, name) => {
        if (watches.get(folder)?.watcher !== watcher) return;
        const file = name ? String(name) : '';
        // The folder's own deletion or move is reported under its own name (a child may share it).
        if (file === path.basename(full) && !fs.existsSync(path.join(full, file))) return renew(folder);
        // No name means the kernel dropped details: the owner rescans the folder.
        onChange(folder && file ? `${folder}/${file}` : folder || file);
      });
      watcher.on('error', () => renew(folder));
      watches.set(folder, { watcher, ino: stat.ino });
    } catch (error) {
      const code = toErrorCode(error) ?? '';
      if (folder === '' && code === 'ENOENT') pollRoot();
      else if (!FOLDER_PROBLEMS.has(code)) fail();
    }
  }

  /** Watches whatever is at `folder` now, and has the owner read it again. */
  function renew(folder: string): void {
    stop(folder);
    start(folder);
    onChange(folder);
  }

  function pollRoot(): void {
    if (rootPoll) return;
    rootPoll = setInterval(() => {
      if (!statOf(root)?.isDirectory()) return;
      clearInterval(rootPoll);
      rootPoll = undefined;
      renew('');
    }, ROOT_POLL_MS);
    rootPoll.unref();
  }

  return {
    setFolders(folders: string[], recheck: Iterable<string> = folders): void {
      if (!working || closed) return;
      const wanted = new Set(folders);
      for (const folder of watches.keys()) if (!wanted.has(folder)) stop(folder);
      for (const folder of recheck) {
        const entry = watches.get(folder);
        if (entry && statOf(path.join(root, folder))?.ino !== entry.ino) stop(folder);
      }
      for (const folder of wanted) if (!watches.has(folder)) start(folder);
    },
    close(): void {
      closed = true;
      stopAll();
    },
    get working(): boolean {
      return working;
    },
  };
}

function statOf(full: string): fs.Stats | undefined {
  try {
    return fs.statSync(full);
  } catch {
    return undefined;
  }
}
