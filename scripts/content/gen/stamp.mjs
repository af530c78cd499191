// The stamp a run leaves in its folder, saying which corpus the folder holds and whether the run finished.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHAPES = ['default', 'jekyll'];
// A stamp's version says which output its files hold. Each shape has its own, so a change to one shape
// leaves the other's cached folders valid: the default shape is still version 1.
const VERSION = 1;
// Jekyll version 2 added topic words to some posts' tags; the file names did not change.
const JEKYLL_VERSION = 2;
export const versionOf = (shape) => (shape === 'jekyll' ? JEKYLL_VERSION : VERSION);
// Older versions whose file names this script can still list, so their folders are replaced rather than refused.
export const REPLACEABLE = { default: [], jekyll: [1] };
export const STAMP_FILE = '.gen-stamp';

/** The default shape's stamp has no `shape` key, as before the jekyll shape existed, so old folders still match. */
export function renderStamp(count, seed, shape, complete, bytes) {
  const stamp = shape === 'default' ? { generator: 'gen-posts', version: VERSION, count, seed, complete, bytes }
    : { generator: 'gen-posts', version: versionOf(shape), count, seed, shape, complete, bytes };
  return `${JSON.stringify(stamp)}\n`;
}

export function readStamp(dir) {
  const file = path.join(dir, STAMP_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8'));
    const shape = stamp?.shape ?? 'default';
    if (stamp?.generator === 'gen-posts' && Number.isInteger(stamp.count) && Number.isInteger(stamp.seed) && SHAPES.includes(shape)) return { ...stamp, shape };
  } catch {
    // Falls through to the error below.
  }
  throw new Error(`${file} is not a gen-posts stamp; remove ${dir} by hand`);
}
