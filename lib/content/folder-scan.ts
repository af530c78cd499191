import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** What tells one version of a file from the next. */
export type FileStamp = { mtimeMs: number; size: number };

/** The stamp of a regular file; undefined when it is gone or is something else (a symlink is not followed). */
export function readStamp(file: string): FileStamp | undefined {
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? stat : undefined;
}

// Plain CommonJS, so it runs as it is under Next's bundle, tsx and Vitest alike.
const STAMP_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { lstatSync } = require('node:fs');
const { join } = require('node:path');
const { root, files } = workerData;
const stamps = new Float64Array(files.length * 2).fill(NaN);
for (let i = 0; i < files.length; i += 1) {
  const stat = lstatSync(join(root, files[i]), { throwIfNoEntry: false });
  if (!stat || !stat.isFile()) continue;
  stamps[2 * i] = stat.mtimeMs;
  stamps[2 * i + 1] = stat.size;
}
parentPort.postMessage(stamps, [stamps.buffer]);
`;

/**
 * The stamps of `files` (relative to `root`), as readStamp gives them, read on a worker thread:
 * at a start from the saved index, 100,000 lstat calls there take as long as loading the index here.
 */
export function readStamps(root: string, files: string[]): Promise<(index: number) => FileStamp | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(STAMP_WORKER, { eval: true, workerData: { root, files } });
    worker.once('message', (stamps: unknown) => {
      if (!(stamps instanceof Float64Array) || stamps.length !== files.length * 2) return reject(new Error('stamp worker: unexpected answer'));
      resolve((index) => {
        const mtimeMs = stamps[2 * index] ?? NaN;
        const size = stamps[2 * index + 1] ?? NaN;
        return Number.isNaN(mtimeMs) ? undefined : { mtimeMs, size };
      });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`stamp worker ended (${code}) without an answer`)));
  });
}
