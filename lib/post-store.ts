import 'server-only';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parsePost, POST_EXTENSIONS } from './front-matter';
import { toJekyllPermalink } from './links';
import { parseSiteConfig } from './site';
import type { Post, PostIssue, PostSummary, SiteConfig } from './types';

export type Snapshot = {
  site: SiteConfig;
  /** Published posts, newest first; future-dated ones are included and filtered at read time. */
  posts: PostSummary[];
  bySlug: Map<string, PostSummary>;
  /** Jekyll permalinks and `redirect_from` paths of the old site, each to its post. */
  byOldPath: Map<string, PostSummary>;
  byCategory: Map<string, PostSummary[]>;
  byTag: Map<string, PostSummary[]>;
  issues: PostIssue[];
};

type FileState = { mtimeMs: number; size: number; post?: PostSummary; issue?: PostIssue };

/** Told about every post the store reads, so a search index can follow the folder. */
export type PostIndexer = {
  add(post: PostSummary, body: string): void;
  remove(path: string): void;
  setVisibility(isVisible: (doc: { path: string; slug: string }) => boolean): void;
};

export type StoreOptions = { checkIntervalMs?: number; siteUrl?: string; log?: (line: string) => void; indexer?: PostIndexer };

const SITE_FILE = '_site.yml';
const READ_BATCH = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** How log lines name the folder: relative when it is inside the project, else absolute. */
export function toLabel(root: string): string {
  const relative = path.relative(process.cwd(), root);
  return relative && !relative.startsWith('..') ? relative : relative === '' ? '.' : root;
}

function isPostFile(name: string): boolean {
  return !name.startsWith('_') && !name.startsWith('.') && POST_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

async function listPostFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listPostFiles(root, relative)));
    else if (entry.isFile() && isPostFile(entry.name)) files.push(relative);
  }
  return files;
}

export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A fresh copy of a string. Strings cut from a file's text can keep the whole text alive in
 * V8 (a 6 KB post per 30-character title); the index holds 100,000 of them, so it copies.
 */
function toOwnString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function withoutBody(post: Post): PostSummary {
  const { body: _body, ...summary } = post;
  return {
    ...summary,
    slug: toOwnString(summary.slug),
    title: toOwnString(summary.title),
    categories: summary.categories.map(toOwnString),
    tags: summary.tags.map(toOwnString),
    ...(summary.description ? { description: toOwnString(summary.description) } : {}),
    ...(summary.source ? { source: toOwnString(summary.source) } : {}),
    redirectFrom: summary.redirectFrom.map(toOwnString),
    excerpt: toOwnString(summary.excerpt),
  };
}

function byDateThenPath(a: PostSummary, b: PostSummary): number {
  return b.date - a.date || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function addTo(map: Map<string, PostSummary[]>, key: string, post: PostSummary): void {
  const list = map.get(key);
  if (list) list.push(post);
  else map.set(key, [post]);
}

/** Builds lookups from per-file results; the first path to claim a slug keeps it. */
export function toSnapshot(site: SiteConfig, files: Map<string, FileState>): Snapshot {
  const issues: PostIssue[] = [];
  const bySlug = new Map<string, PostSummary>();
  const paths = [...files.keys()].sort();
  for (const file of paths) {
    const state = files.get(file);
    if (state?.issue) issues.push(state.issue);
    const post = state?.post;
    if (!post || !post.published) continue;
    const owner = bySlug.get(post.slug);
    if (owner) {
      issues.push({ path: file, reason: `slug '${post.slug}' is already used by ${owner.path}`, level: 'error' });
      continue;
    }
    bySlug.set(post.slug, post);
  }
  const posts = [...bySlug.values()].sort(byDateThenPath);
  const byCategory = new Map<string, PostSummary[]>();
  const byTag = new Map<string, PostSummary[]>();
  for (const post of posts) {
    for (const category of post.categories) addTo(byCategory, category, post);
    for (const tag of post.tags) addTo(byTag, tag, post);
  }
  const byOldPath = new Map<string, PostSummary>();
  for (const post of posts) {
    for (const old of [toJekyllPermalink(post, site.timezone), ...post.redirectFrom]) {
      if (!byOldPath.has(old)) byOldPath.set(old, post);
    }
  }
  return { site, posts, bySlug, byOldPath, byCategory, byTag, issues };
}

/** Parses one file's bytes; reports non-UTF-8 content instead of showing mojibake. */
export function parsePostFile(file: string, bytes: Uint8Array, site: SiteConfig): { post?: Post; issue?: PostIssue } {
  const text = decodeUtf8(bytes);
  if (text === undefined) return { issue: { path: file, reason: 'file is not valid UTF-8', level: 'error' } };
  const result = parsePost(file, text, site);
  return result.ok ? { post: result.post } : { issue: result.issue };
}

/**
 * Keeps one index of a posts folder in memory. It re-reads only files whose size or
 * modification time changed, at most once per check interval, and keeps the last good
 * version of a post whose file stops parsing.
 */
export function createPostStore(root: string, options: StoreOptions = {}) {
  const checkIntervalMs = options.checkIntervalMs ?? 1000;
  const log = options.log ?? ((line: string) => console.warn(line));
  const label = toLabel(root);
  let files = new Map<string, FileState>();
  let siteStamp = '';
  let site = parseSiteConfig(undefined, options.siteUrl).site;
  let snapshot: Snapshot | undefined;
  let checkedAt = 0;
  let inflight: Promise<Snapshot> | undefined;

  async function loadSite(): Promise<boolean> {
    const file = path.join(root, SITE_FILE);
    const stat = await fs.stat(file).catch(() => undefined);
    const stamp = stat ? `${stat.mtimeMs}:${stat.size}` : 'none';
    if (stamp === siteStamp) return false;
    siteStamp = stamp;
    const text = stat ? await fs.readFile(file, 'utf8').catch(() => undefined) : undefined;
    const result = parseSiteConfig(text, options.siteUrl);
    for (const problem of result.problems) log(`${label}/${problem}`);
    site = result.site;
    return true;
  }

  async function scan(): Promise<Snapshot> {
    const siteChanged = await loadSite();
    const names = await listPostFiles(root);
    const next = new Map<string, FileState>();
    const changed: string[] = [];
    for (let start = 0; start < names.length; start += READ_BATCH) {
      const batch = names.slice(start, start + READ_BATCH);
      const stats = await Promise.all(batch.map((name) => fs.stat(path.join(root, name)).catch(() => undefined)));
      batch.forEach((name, i) => {
        const stat = stats[i];
        if (!stat) return;
        const old = files.get(name);
        if (old && !siteChanged && old.mtimeMs === stat.mtimeMs && old.size === stat.size) next.set(name, old);
        else {
          next.set(name, { mtimeMs: stat.mtimeMs, size: stat.size });
          changed.push(name);
        }
      });
    }
    for (let start = 0; start < changed.length; start += READ_BATCH) {
      const batch = changed.slice(start, start + READ_BATCH);
      const contents = await Promise.all(batch.map((name) => fs.readFile(path.join(root, name)).catch(() => undefined)));
      batch.forEach((name, i) => {
        const state = next.get(name);
        const bytes = contents[i];
        if (!state) return;
        if (!bytes) {
          next.delete(name);
          return;
        }
        const result = parsePostFile(name, bytes, site);
        const lastGood = files.get(name)?.post;
        if (result.post) {
          state.post = withoutBody(result.post);
          options.indexer?.add(state.post, result.post.body);
        }
        else if (result.issue && lastGood) {
          state.post = lastGood;
          state.issue = { ...result.issue, reason: `${result.issue.reason} (still serving the last good version)` };
        } else if (result.issue) state.issue = result.issue;
      });
    }
    const before = new Set(snapshot?.issues.map((issue) => `${issue.path}\n${issue.reason}`));
    const gone = [...files.keys()].filter((name) => !next.has(name));
    for (const name of gone) options.indexer?.remove(name);
    files = next;
    // Nothing added, changed or removed: the lists stay as they are.
    if (snapshot && changed.length === 0 && gone.length === 0) return snapshot;
    const current = toSnapshot(site, files);
    snapshot = current;
    options.indexer?.setVisibility((doc) => current.bySlug.get(doc.slug)?.path === doc.path);
    for (const issue of snapshot.issues) {
      if (!before.has(`${issue.path}\n${issue.reason}`)) log(`${label}/${issue.path}: ${issue.reason}`);
    }
    return snapshot;
  }

  function refresh(): Promise<Snapshot> {
    if (!inflight) {
      checkedAt = Date.now();
      inflight = scan().finally(() => {
        inflight = undefined;
      });
    }
    return inflight;
  }

  return {
    root,
    refresh,
    async getSnapshot(): Promise<Snapshot> {
      if (!snapshot || Date.now() - checkedAt >= checkIntervalMs) return refresh();
      return snapshot;
    },
    /** Reads and parses one post's file now; undefined when it is gone or no longer parses. */
    async readPost(summary: PostSummary): Promise<Post | undefined> {
      const bytes = await fs.readFile(path.join(root, summary.path)).catch(() => undefined);
      if (!bytes) return undefined;
      return parsePostFile(summary.path, bytes, site).post;
    },
  };
}

export type PostStore = ReturnType<typeof createPostStore>;
