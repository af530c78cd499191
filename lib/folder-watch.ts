import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

export type FolderWatch = {
  /** Starts watching these folders (relative to the root, '' for the root); others stop. */
  setFolders(folders: string[]): void;
  close(): void;
  /** False once watching failed (no inotify, too many watches): the owner must poll instead. */
  readonly working: boolean;
};

/**
 * Reports the relative path of every name that changes in a folder tree. One plain watch per
 * folder rather than `recursive: true`, which Node 20 on Linux emulates by walking and
 * watching every file. Watches never keep the process alive.
 */
export function createFolderWatch(root: string, onChange: (relative: string) => void, onFailure: () => void): FolderWatch {
  const watches = new Map<string, fs.FSWatcher>();
  let working = true;

  function fail(): void {
    if (!working) return;
    working = false;
    for (const watch of watches.values()) watch.close();
    watches.clear();
    onFailure();
  }

  function start(folder: string): void {
    try {
      const watch = fs.watch(path.join(root, folder), { persistent: false }, (_event, name) => {
        // No name means the kernel dropped details: the owner rescans the folder.
        const file = name ? String(name) : '';
        onChange(folder && file ? `${folder}/${file}` : folder || file);
      });
      watch.on('error', () => {
        watch.close();
        watches.delete(folder);
        onChange(folder);
      });
      watches.set(folder, watch);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder removed since it was listed is not a failure of watching.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') fail();
    }
  }

  return {
    setFolders(folders: string[]): void {
      if (!working) return;
      const wanted = new Set(folders);
      for (const [folder, watch] of watches) {
        if (!wanted.has(folder)) {
          watch.close();
          watches.delete(folder);
        }
      }
      for (const folder of wanted) if (!watches.has(folder)) start(folder);
    },
    close(): void {
      for (const watch of watches.values()) watch.close();
      watches.clear();
    },
    get working(): boolean {
      return working;
    },
  };
}
