import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { RESCAN_INTERVAL_MS, WRITE_SETTLE_MS } from '../freshness.mjs';
import { isPostFile, isUnder, listTree, readStamp, readStamps } from './folder-scan';
import { createFolderWatch } from './folder-watch';
import { loadIndexSnapshot, saveIndexSnapshot } from './index-snapshot';
import { createIndexSaver } from './index-snapshot-saver';
import { formatOversize, MAX_POST_BYTES, splitFrontMatter } from './front-matter';
import { decodeUtf8, parsePostFile, readFileOrFailure, readFileStart, toWholeCharacters } from './post-file';
import { parseSiteConfig } from '../site/site';
import { createPacer, createStringPool, issueKey, stripStamp, toOldPaths, toOwnString, toStamp, toUnreadable } from './post-store-files';
import { createChangeQueue } from './post-store-queue';
import { createSearchFeed, type PostIndexer } from './post-store-search';
import { formatIssueLog, toSnapshot, type FileState, type Snapshot } from './snapshot';
import { updateSnapshot } from './snapshot-update';
import type { Post, PostIssue, PostSummary } from '../types';

export { toSnapshot, type Snapshot } from './snapshot';
export type { PostIndexer } from './post-store-search';

export type StoreOptions = {
  /** Without watching, how often a read may check the folder again. */
  checkIntervalMs?: number;
  /** Follow the folder with file-system events instead of checking it on reads. */
  watch?: boolean;
  /** While watching, a full check this often catches anything the events missed. */
  rescanIntervalMs?: number;
  /** Read whole files, not just their start (for `npm run check`: finds bad bytes anywhere). */
  fullRead?: boolean;
  siteUrl?: string;
  log?: (line: string) => void;
  indexer?: PostIndexer;
  /** Called after every change of the lists, with the new snapshot. */
  onPublish?: (snapshot: Snapshot) => void;
  /** Where the index is saved between runs (lib/content/index-snapshot.ts), so a start reads only changed files. */
  indexCache?: string;
};

const SITE_FILE = '_site.yml';
// A Jekyll checkout's own settings: `_config.yml` (title, timezone, url) and `CNAME` (the host it was served on).
const JEKYLL_FILES = ['_config.yml', 'CNAME'];
// The timings (slices of background work, settling of changes and writes, rescans) are in
// lib/freshness.mjs, with the rest of what decides how soon a change reaches readers.

/** How log lines name the folder: relative when it is inside the project, else absolute. */
export function toLabel(root: string): string {
  const relative = path.relative(process.cwd(), root);
  return relative && !relative.startsWith('..') ? relative : relative === '' ? '.' : root;
}

/**
 * Keeps one index of a posts folder in memory. A scan re-reads only files whose size or
 * modification time changed, and only their start (front matter and excerpt); a post whose
 * file stops parsing keeps its last good version. With `watch`, file-system events bring
 * changes in within milliseconds; otherwise reads check the folder at most once per interval.
 */
export function createPostStore(root: string, options: StoreOptions = {}) {
  const checkIntervalMs = options.checkIntervalMs ?? 1000;
  const log = options.log ?? ((line: string) => console.warn(line));
  const readLimit = options.fullRead ? Infinity : undefined;
  const label = toLabel(root);
  const intern = createStringPool();
  let files = new Map<string, FileState>();
  let siteStamp = '';
  let site = parseSiteConfig(undefined, options.siteUrl).site;
  let snapshot: Snapshot | undefined;
  // The last snapshot built, without the tree's issues, and each file changed since with its state
  // then: a publish patches it (lib/content/snapshot-update.ts) instead of rebuilding 100,000 posts.
  let built: Snapshot | undefined;
  let pending = new Map<string, FileState | undefined>();
  const noteChange = (name: string) => {
    if (!pending.has(name)) pending.set(name, files.get(name));
  };
  let checkedAt = 0;
  let firstScan: Promise<Snapshot> | undefined;
  const queue = createChangeQueue<Snapshot>({ scan: () => scan(), flush: (names) => flush(names) });
  const search = createSearchFeed({
    indexer: options.indexer,
    postAt: (name) => files.get(name)?.post,
    readBody,
    isVisible: () => {
      const current = snapshot;
      return current && ((doc) => current.bySlug.get(doc.slug)?.path === doc.path);
    },
  });
  let scanned = false;
  // The settings `files` were parsed with: during a scan after they changed, `site` is already the new one.
  let filesSite = site;
  const indexCache = options.indexCache;
  const saver = indexCache ? createIndexSaver(() => saveIndexSnapshot(indexCache, root, filesSite, files), (line) => log(`${indexCache}: ${line}`)) : undefined;
  let folders = new Set<string>();
  // Symlinks, unreadable folders and folders too deep: issues of the tree, not of a file.
  let treeIssues: PostIssue[] = [];

  const watch = options.watch ? createFolderWatch(root, queue.changed, () => void refresh()) : undefined;
  const rescanTimer = watch ? setInterval(() => void refresh(), options.rescanIntervalMs ?? RESCAN_INTERVAL_MS) : undefined;
  rescanTimer?.unref();

  function withoutBody(post: Post): PostSummary {
    const { body: _body, ...summary } = post;
    return {
      ...summary,
      slug: toOwnString(summary.slug),
      title: toOwnString(summary.title),
      categories: summary.categories.map(intern),
      tags: summary.tags.map(intern),
      ...(summary.description ? { description: toOwnString(summary.description) } : {}),
      ...(summary.source ? { source: toOwnString(summary.source) } : {}),
      redirectFrom: summary.redirectFrom.map(toOwnString),
      excerpt: toOwnString(summary.excerpt),
    };
  }

  function readSettings(name: string): { stamp: string; text?: string } {
    const file = path.join(root, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) return { stamp: 'none' };
    try {
      return { stamp: `${stat.mtimeMs}:${stat.size}`, text: fs.readFileSync(file, 'utf8') };
    } catch {
      return { stamp: 'unreadable' };
    }
  }

  function loadSite(): boolean {
    const own = readSettings(SITE_FILE);
    const [config, cname] = JEKYLL_FILES.map(readSettings);
    const stamp = [own.stamp, config?.stamp, cname?.stamp].join('|');
    if (stamp === siteStamp) return false;
    siteStamp = stamp;
    const result = parseSiteConfig(own.text, options.siteUrl, config?.text, cname?.text);
    for (const problem of result.problems) log(`${label}/${problem}`);
    site = result.site;
    return true;
  }

  /** A file's new state, or undefined when it is gone; `old` supplies the last good version. */
  function readState(name: string, old: FileState | undefined): FileState | undefined {
    const file = path.join(root, name);
    let read = readFileOrFailure(file, readLimit);
    if (!read) return undefined;
    if ('failure' in read) return toUnreadable(name, read.failure, old);
    if (old && old.mtimeMs === read.mtimeMs && old.size === read.size) return old;
    let result = read.size > MAX_POST_BYTES ? { issue: { path: name, reason: formatOversize(read.size), level: 'error' as const } } : parsePostFile(name, read.bytes, site, read.complete);
    // Whatever is wrong with a file's start is confirmed on the whole file before it is said.
    if (result.issue && !result.post && !read.complete && read.size <= MAX_POST_BYTES) {
      const whole = readFileOrFailure(file, Infinity);
      if (!whole) return undefined;
      if ('failure' in whole) return toUnreadable(name, whole.failure, old);
      read = whole;
      result = parsePostFile(name, read.bytes, site, true);
    }
    const state: FileState = { mtimeMs: read.mtimeMs, size: read.size };
    if (result.post) {
      const post = withoutBody(result.post);
      if (result.issue) state.issue = result.issue;
      state.post = post;
      state.oldPaths = [...toOldPaths(post, site), ...post.redirectFrom];
      search.queue(name);
    } else if (result.issue && old?.post) {
      state.post = old.post;
      state.oldPaths = old.oldPaths;
      state.issue = { ...result.issue, reason: `${result.issue.reason} (still serving the last good version)` };
    } else if (result.issue) state.issue = result.issue;
    else if (result.page) state.page = result.page;
    return state;
  }

  function publish(): Snapshot {
    const before = new Set(snapshot?.issues.map(issueKey));
    built = built ? updateSnapshot(built, site, files, pending) : toSnapshot(site, files);
    pending = new Map();
    const current = treeIssues.length > 0 ? { ...built, issues: [...built.issues, ...treeIssues].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) } : built;
    snapshot = current;
    search.published((doc) => current.bySlug.get(doc.slug)?.path === doc.path);
    for (const line of formatIssueLog(current.issues.filter((issue) => !before.has(issueKey(issue))), label)) log(line);
    options.onPublish?.(current);
    return current;
  }

  /** Puts `issues` in place of the tree issues under `dir`; true when that changed them. */
  function setTreeIssues(dir: string, issues: PostIssue[]): boolean {
    const kept = treeIssues.filter((issue) => !isUnder(dir, issue.path));
    if (kept.length === treeIssues.length && issues.length === 0) return false;
    const next = [...kept, ...issues].sort((a, b) => (issueKey(a) < issueKey(b) ? -1 : 1));
    const changed = next.map(issueKey).join('\n') !== treeIssues.map(issueKey).join('\n');
    treeIssues = next;
    return changed;
  }

  async function scan(): Promise<Snapshot> {
    checkedAt = Date.now();
    const siteChanged = loadSite();
    // Only a start uses the saved index: after it, the index in memory is newer. It is read while the folder is listed.
    const loading = indexCache && !snapshot ? loadIndexSnapshot(indexCache, { root, site, log, intern }) : undefined;
    const tree = listTree(root);
    // A start from the saved index stats the files on a worker meanwhile, and falls back to doing it here.
    const stamping = loading && readStamps(root, tree.files).catch((error: unknown) => void log(`${label}: file stamps not read on a worker (${String(error)}), reading them here`));
    folders = new Set(tree.folders);
    watch?.setFolders(tree.folders);
    const next = new Map<string, FileState>();
    let changed = setTreeIssues('', tree.issues) || siteChanged;
    const saved = await loading;
    const stampAt = saved && (await stamping);
    let reused = 0;
    const pace = createPacer();
    for (let i = 0; i < tree.files.length; i += 1) {
      await pace();
      const name = tree.files[i] ?? '';
      const old = files.get(name);
      const stored = saved?.get(name);
      // A file seen before, in memory or in the saved index, is re-read only when its stamp changed; a new one is read at once.
      if (old || stored) {
        const stat = stampAt ? stampAt(i) : readStamp(path.join(root, name));
        if (!stat) continue;
        if (old && !siteChanged && old.mtimeMs === stat.mtimeMs && old.size === stat.size) {
          next.set(name, old);
          continue;
        }
        if (stored && stored.mtimeMs === stat.mtimeMs && stored.size === stat.size) {
          next.set(name, stored);
          if (stored.post) search.queue(name);
          reused += 1;
          continue;
        }
      }
      const state = readState(name, siteChanged ? stripStamp(old) : old);
      if (state) next.set(name, state);
      if (state !== old) changed = true;
    }
    for (const name of files.keys()) {
      if (next.has(name)) continue;
      search.remove(name);
      changed = true;
    }
    if (built) {
      for (const [name, state] of next) if (state !== files.get(name)) noteChange(name);
      for (const name of files.keys()) if (!next.has(name)) noteChange(name);
    }
    files = next;
    filesSite = site;
    scanned = true;
    // A start that reused the whole saved index has nothing new to save.
    if (changed && !(saved && reused === saved.size && reused === next.size)) saver?.changed();
    return changed || !snapshot ? publish() : snapshot;
  }

  /** Re-reads the paths events named: files added, changed or removed, or whole folders. */
  async function flush(names: string[]): Promise<Snapshot | undefined> {
    // '' is the root itself, made again or its events lost: only a full scan knows what is there.
    if (names.some((name) => name === '' || name === SITE_FILE || JEKYLL_FILES.includes(name))) return scan();
    let changed = false;
    const remove = (name: string) => {
      if (!files.has(name)) return;
      noteChange(name);
      files.delete(name);
      search.remove(name);
      changed = true;
    };
    const moved: string[] = [];
    const pace = createPacer();
    for (let i = 0; i < names.length; i += 1) {
      await pace();
      const name = names[i] ?? '';
      const stat = fs.lstatSync(path.join(root, name), { throwIfNoEntry: false });
      if (stat?.isDirectory()) {
        // A folder moved in or made again: its files are read now, and it is watched from now on.
        const inside = listTree(root, name);
        names.push(...inside.files.filter((file) => !files.has(file)));
        if (folders.has(name)) {
          // Known before: what it held and holds no more (deleted with a folder made again) goes.
          const listed = new Set(inside.files);
          for (const file of [...files.keys()]) if (isUnder(name, file) && !listed.has(file)) remove(file);
          for (const folder of [...folders]) if (isUnder(name, folder)) folders.delete(folder);
        }
        for (const folder of inside.folders) folders.add(folder);
        moved.push(...inside.folders);
        if (setTreeIssues(name, inside.issues)) changed = true;
        continue;
      }
      if (!stat && folders.has(name)) {
        // A folder moved out takes its files with it.
        for (const folder of [...folders]) if (isUnder(name, folder)) folders.delete(folder);
        for (const file of [...files.keys()]) if (file.startsWith(`${name}/`)) remove(file);
        if (setTreeIssues(name, [])) changed = true;
        moved.push(name);
      }
      if (!isPostFile(path.basename(name))) continue;
      const state = stat?.isFile() ? readState(name, files.get(name)) : undefined;
      if (!state) remove(name);
      else if (state !== files.get(name)) {
        noteChange(name);
        files.set(name, state);
        changed = true;
      }
    }
    if (moved.length > 0) watch?.setFolders([...folders], moved);
    if (changed && scanned) saver?.changed();
    return changed ? publish() : snapshot;
  }

  function refresh(): Promise<Snapshot> {
    return queue.rescan();
  }

  function readBody(name: string): string | undefined {
    const read = readFileStart(path.join(root, name), MAX_POST_BYTES);
    if (!read || read.size > MAX_POST_BYTES) return undefined;
    const text = decodeUtf8(read.complete ? read.bytes : toWholeCharacters(read.bytes));
    return text === undefined ? undefined : splitFrontMatter(text)?.body;
  }

  return {
    root,
    refresh,
    async getSnapshot(): Promise<Snapshot> {
      // Readers arriving during the first scan wait for that scan, not for another.
      if (!snapshot) return (firstScan ??= refresh());
      if (!watch?.working && Date.now() - checkedAt >= checkIntervalMs) return refresh();
      return snapshot;
    },
    /** Resolves once every post read so far is in the search index. */
    whenIndexed(): Promise<void> {
      return search.whenIndexed();
    },
    /** Posts still waiting to enter the search index (many only just after a start). */
    get searchPending(): number {
      return search.pending;
    },
    /**
     * Reads and parses one post's whole file, with the stamp (time and size) of the version read;
     * `post` is undefined when it no longer parses or has grown past MAX_POST_BYTES, and the
     * whole is undefined when the file is gone. A file changed in the last WRITE_SETTLE_MS may
     * still be being written in pieces: it is read again once it has been still that long, so a
     * page never shows half a body.
     */
    async readPostVersion(summary: PostSummary): Promise<{ post?: Post; stamp: string } | undefined> {
      const file = path.join(root, summary.path);
      for (let attempt = 0; ; attempt += 1) {
        // Never more than the limit: a post overwritten in place with 200 MB is not read into memory.
        const read = readFileStart(file, MAX_POST_BYTES + 1);
        if (!read) return undefined;
        const stamp = toStamp(read);
        const age = Date.now() - read.mtimeMs;
        // A time in the future is a skewed clock (or a copy that kept its time), not a write in progress.
        if (age >= WRITE_SETTLE_MS || age < -1000 || attempt >= 3) {
          if (!read.complete || read.size > MAX_POST_BYTES) return { stamp };
          const post = parsePostFile(summary.path, read.bytes, site).post;
          return post ? { post, stamp } : { stamp };
        }
        await new Promise((resolve) => setTimeout(resolve, WRITE_SETTLE_MS - age));
      }
    },
    async readPost(summary: PostSummary): Promise<Post | undefined> {
      return (await this.readPostVersion(summary))?.post;
    },
    /** The stamp a read of the post's file would give now, without reading it; undefined when it is gone. */
    stampOf(summary: PostSummary): string | undefined {
      const stat = fs.lstatSync(path.join(root, summary.path), { throwIfNoEntry: false });
      return stat?.isFile() ? toStamp(stat) : undefined;
    },
    /** Saves the index now, if it has a cache file (tests, benchmarks); otherwise it is saved after changes. */
    saveIndex(): Promise<void> {
      return saver?.saveNow() ?? Promise.resolve();
    },
    close(): void {
      saver?.close();
      watch?.close();
      clearInterval(rescanTimer);
      queue.close();
    },
  };
}

export type PostStore = ReturnType<typeof createPostStore>;
