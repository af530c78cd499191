import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { removeDefaultPosts } from './default-site.mjs';
import { removeJekyllSite } from './jekyll-site.mjs';
import { REPLACEABLE, STAMP_FILE, readStamp, versionOf } from './stamp.mjs';

/** Deletes exactly the files the stamped run wrote (recomputed from its seed, count and shape) and the folders they leave empty. */
function removeGenerated(dir, stamp) {
  if (stamp.shape === 'jekyll') removeJekyllSite(dir, stamp);
  else removeDefaultPosts(dir, stamp);
}

/** Returns the stamp when the folder already holds this corpus; otherwise leaves it ready for a fresh run. */
export function prepareDir(dir, count, seed, shape) {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return undefined;
  }
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} exists and is not a folder`);
  const stamp = readStamp(dir);
  if (!stamp) {
    if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty and has no ${STAMP_FILE}: refusing to write into it`);
    return undefined;
  }
  if (stamp.version !== versionOf(stamp.shape)) {
    if (!REPLACEABLE[stamp.shape].includes(stamp.version)) {
      throw new Error(`${dir} was written by gen-posts version ${stamp.version} of the ${stamp.shape} shape, this is ${versionOf(stamp.shape)}; remove it by hand`);
    }
    // Written by an older version of this shape: its files are listed as before, removed, and written anew.
    removeGenerated(dir, stamp);
    return undefined;
  }
  if (stamp.complete && stamp.count === count && stamp.seed === seed && stamp.shape === shape) return stamp;
  removeGenerated(dir, stamp);
  return undefined;
}
