import 'server-only';
import { SLICE_MS } from '../freshness.mjs';
import { toJekyllPermalink } from '../render/links';
import type { PostIssue, PostSummary, SiteConfig } from '../types';
import type { FileState } from './snapshot';

// What the index keeps of each file, and how it keeps it small: helpers of lib/content/post-store.ts.

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Yields to the event loop once the current stretch of work has run SLICE_MS. */
export function createPacer(): () => Promise<void> | undefined {
  let sliceEnd = performance.now() + SLICE_MS;
  return () => {
    if (performance.now() < sliceEnd) return undefined;
    return yieldToEvents().then(() => {
      sliceEnd = performance.now() + SLICE_MS;
    });
  };
}

/** One shared copy per distinct string: 100,000 posts name the same few dozen tags. */
export function createStringPool() {
  const pool = new Map<string, string>();
  return (text: string): string => {
    const known = pool.get(text);
    if (known !== undefined) return known;
    const own = toOwnString(text);
    pool.set(own, own);
    return own;
  };
}

/**
 * A fresh copy of a string. Strings cut from a file's text can keep the whole text alive in
 * V8 (a 6 KB post per 30-character title); the index holds 100,000 of them, so it copies.
 */
export function toOwnString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * The old site's URLs of a post: Jekyll's permalink, as written and lower-cased as Jekyll
 * writes categories, and for a file outside `_posts/` (`old_post/`) the page URL Jekyll gave it.
 */
export function toOldPaths(post: PostSummary, site: SiteConfig): string[] {
  const permalink = toJekyllPermalink(post, site.timezone);
  const paths = new Set([permalink, permalink.toLowerCase()]);
  if (site.jekyll && !post.path.startsWith('_posts/')) paths.add(`/${post.path.replace(/\.[^./]+$/, '')}.html`);
  return [...paths];
}

/** What identifies one version of a file: a change of either means it must be read again. */
export function toStamp(file: { mtimeMs: number; size: number }): string {
  return `${file.mtimeMs}:${file.size}`;
}

export function issueKey(issue: PostIssue): string {
  return `${issue.path}\n${issue.reason}`;
}

/**
 * A file that is there but cannot be read (EACCES, EIO) keeps its last good post, like one that
 * stops parsing. Its stamp is cleared so every check tries it again.
 */
export function toUnreadable(name: string, failure: string, old: FileState | undefined): FileState {
  const reason = `unreadable (${failure})${old?.post ? ' (still serving the last good version)' : ''}`;
  if (old?.mtimeMs === -1 && old.issue?.reason === reason) return old;
  const state: FileState = { mtimeMs: -1, size: -1, issue: { path: name, reason, level: 'error' } };
  if (old?.post) {
    state.post = old.post;
    state.oldPaths = old.oldPaths ?? [];
  }
  return state;
}

/** A state with its stamp cleared, so it is re-read (the site's zone changed) but keeps its last good post. */
export function stripStamp(state: FileState | undefined): FileState | undefined {
  return state && { ...state, mtimeMs: -1, size: -1 };
}
