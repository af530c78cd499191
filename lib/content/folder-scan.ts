import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { POST_EXTENSIONS } from './front-matter';
import { formatReadError, isGone } from './post-file';
import type { PostIssue } from '../types';

// Deeper folders are not read or watched: each would cost a watch, and a tree 1,500 deep is a mistake, not an archive.
export const MAX_DEPTH = 32;

/** Post files and folders (relative to the root), and what could not be followed. */
export type Tree = { files: string[]; folders: string[]; issues: PostIssue[] };

function isHidden(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** Jekyll reads posts from `_posts/`; every other `_` or `.` folder (`_layouts`, `_site`, `.github`) is not content. */
function isSkippedFolder(name: string): boolean {
  return isHidden(name) && name !== '_posts';
}

export function isPostFile(name: string): boolean {
  return !isHidden(name) && POST_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function depthOf(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}

/**
 * Everything under `dir` (relative to `root`, '' for the root itself). Symlinks are never
 * followed; they, folders that cannot be read and folders past MAX_DEPTH each give one issue.
 */
export function listTree(root: string, dir = ''): Tree {
  const tree: Tree = { files: [], folders: [], issues: [] };
  visit(root, dir, tree);
  return tree;
}

function visit(root: string, dir: string, tree: Tree): void {
  if (depthOf(dir) > MAX_DEPTH) {
    tree.issues.push({ path: dir, reason: `folder deeper than ${MAX_DEPTH} levels; its posts are not read`, level: 'note' });
    return;
  }
  tree.folders.push(dir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch (error) {
    if (!isGone(error)) tree.issues.push({ path: dir, reason: `folder unreadable (${formatReadError(error)}), its posts are not read`, level: 'error' });
    return;
  }
  for (const entry of entries) {
    if (entry.isDirectory() ? isSkippedFolder(entry.name) : isHidden(entry.name)) continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) visit(root, relative, tree);
    else if (entry.isFile() && isPostFile(entry.name)) tree.files.push(relative);
    // Never followed: a link can lead out of the posts folder.
    else if (entry.isSymbolicLink()) tree.issues.push({ path: relative, reason: 'symbolic link, not followed', level: 'note' });
  }
}

/** Whether `file` is `dir` or inside it; the root ('') holds everything. */
export function isUnder(dir: string, file: string): boolean {
  return dir === '' || file === dir || file.startsWith(`${dir}/`);
}
