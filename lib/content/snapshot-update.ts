import type { PostIssue, PostSummary, SiteConfig, SitePage } from '../types';
import { LayeredMap } from './layered-map';
import { byDateThenPath, getSnapshotBasis, recordSnapshotBasis, toPagePaths, toSnapshot, type FileState, type Snapshot } from './snapshot';

// More changed files than this in one publish (a rescan, a folder moved in) are rebuilt whole.
const MAX_CHANGED = 200;

/** One file's post as it leaves the lists and maps, or as it enters them. */
type Entry = { post: PostSummary; oldPaths: readonly string[] };

type Changes = { removed: Entry[]; added: Entry[]; removedIssues: PostIssue[]; addedIssues: PostIssue[] };

/**
 * The snapshot `toSnapshot(site, files)` would build, made from `previous` by patching only what
 * the changed files touch; `previous` and everything in it is left as it was (pages may still read
 * it). `changed` holds each file changed, added or removed since `previous` was built, with its
 * state then (undefined: it did not exist). `previous` must be a snapshot this module or
 * toSnapshot returned, unmodified; anything risky (other settings, a page, a contested slug or old
 * path, more than MAX_CHANGED files, input that does not match `previous`) is rebuilt whole.
 *
 * At 100,000 posts (.bench/jekyll-100000, 2 cores, load average 4.9-5.2; medians of 9, wall): one
 * post edited 13.3 ms, added 14.5, deleted 13.4, a new issue on an unchanged post 0.9; toSnapshot
 * 831 ms. The slug and old-path lookups are layered maps (lib/content/layered-map.ts): copying them
 * as plain Maps took 124 ms (100k slugs) and 274 ms (217k old paths) of every publish.
 */
export function updateSnapshot(previous: Snapshot, site: SiteConfig, files: Map<string, FileState>, changed: ReadonlyMap<string, FileState | undefined>): Snapshot {
  return toUpdated(previous, site, files, changed) ?? toSnapshot(site, files);
}

function toUpdated(previous: Snapshot, site: SiteConfig, files: Map<string, FileState>, changed: ReadonlyMap<string, FileState | undefined>): Snapshot | undefined {
  const basis = getSnapshotBasis(previous);
  if (!basis || basis.site !== site || basis.issueCount !== previous.issues.length || changed.size > MAX_CHANGED) return undefined;
  const changes = toChanges(files, changed);
  if (!changes || !samePages(basis.pages, files)) return undefined;
  const { removed, added } = changes;
  if (!canPatch(previous, basis.contestedSlugs, basis.contestedOldPaths, removed, added)) return undefined;
  const issues = toPatchedIssues(previous.issues, changes, basis.issuesByPath);
  if (!issues) return undefined;
  let next: Snapshot = { ...previous, issues };
  if (removed.length > 0 || added.length > 0) {
    const posts = toPatched(previous.posts, removed.map(toPost), added.map(toPost), byDateThenPath);
    const byCategory = toPatchedLists(previous.byCategory, removed, added, (post) => post.categories);
    const byTag = toPatchedLists(previous.byTag, removed, added, (post) => post.tags);
    if (!posts || !byCategory || !byTag) return undefined;
    const byPagePath = sameKeys(previous.byCategory, byCategory) ? previous.byPagePath : toPagePaths(basis.pages, byCategory);
    next = { ...next, posts, bySlug: toPatchedSlugs(previous.bySlug, removed, added), byOldPath: toPatchedOldPaths(previous.byOldPath, removed, added), byCategory, byTag, byPagePath };
  }
  recordSnapshotBasis(next, { ...basis, issueCount: issues.length });
  return next;
}

function toPost(entry: Entry): PostSummary {
  return entry.post;
}

/** What each changed file takes out and puts in; undefined when a page or a misplaced path is involved. */
function toChanges(files: Map<string, FileState>, changed: ReadonlyMap<string, FileState | undefined>): Changes | undefined {
  const changes: Changes = { removed: [], added: [], removedIssues: [], addedIssues: [] };
  for (const [path, before] of changed) {
    const after = files.get(path);
    if (before === after) continue;
    if (before?.page || after?.page) return undefined;
    if (before?.issue !== after?.issue) {
      if (before?.issue) changes.removedIssues.push(before.issue);
      if (after?.issue) changes.addedIssues.push(after.issue);
    }
    const old = toEntry(before);
    const now = toEntry(after);
    if (old?.post === now?.post && sameList(old?.oldPaths ?? [], now?.oldPaths ?? [])) continue;
    if ((old && old.post.path !== path) || (now && now.post.path !== path)) return undefined;
    if (old) changes.removed.push(old);
    if (now) changes.added.push(now);
  }
  return changes;
}

function toEntry(state: FileState | undefined): Entry | undefined {
  return state?.post?.published ? { post: state.post, oldPaths: state.oldPaths ?? [] } : undefined;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

/** The pages, in files order, are those `previous` was built with: the site's names and byPagePath come from them. */
function samePages(pages: SitePage[], files: Map<string, FileState>): boolean {
  let i = 0;
  for (const state of files.values()) {
    if (!state.page) continue;
    if (pages[i] !== state.page) return false;
    i += 1;
  }
  return i === pages.length;
}

/**
 * Whether the changed posts can be moved without deciding between two claimants: no slug or old
 * path they leave or take is claimed by another post, and what they leave is theirs in `previous`.
 */
function canPatch(previous: Snapshot, contestedSlugs: ReadonlySet<string>, contestedOldPaths: ReadonlySet<string>, removed: Entry[], added: Entry[]): boolean {
  const leaving = new Set(removed.map(toPost));
  for (const { post, oldPaths } of removed) {
    if (contestedSlugs.has(post.slug) || previous.bySlug.get(post.slug) !== post) return false;
    for (const old of oldPaths) if (contestedOldPaths.has(old) || previous.byOldPath.get(old) !== post) return false;
  }
  const slugs = new Set<string>();
  const claimed = new Map<string, PostSummary>();
  for (const { post, oldPaths } of added) {
    const owner = previous.bySlug.get(post.slug);
    if (contestedSlugs.has(post.slug) || slugs.has(post.slug) || (owner && !leaving.has(owner))) return false;
    slugs.add(post.slug);
    for (const old of oldPaths) {
      const taker = claimed.get(old);
      const holder = previous.byOldPath.get(old);
      if (contestedOldPaths.has(old) || (taker && taker !== post) || (holder && !leaving.has(holder))) return false;
      claimed.set(old, post);
    }
  }
  return true;
}

function toPatchedSlugs(bySlug: ReadonlyMap<string, PostSummary>, removed: Entry[], added: Entry[]): ReadonlyMap<string, PostSummary> {
  return LayeredMap.of(bySlug).with(
    added.map(({ post }) => [post.slug, post] as const),
    removed.map(({ post }) => post.slug),
  );
}

function toPatchedOldPaths(byOldPath: ReadonlyMap<string, PostSummary>, removed: Entry[], added: Entry[]): ReadonlyMap<string, PostSummary> {
  if (removed.every((entry) => entry.oldPaths.length === 0) && added.every((entry) => entry.oldPaths.length === 0)) return byOldPath;
  return LayeredMap.of(byOldPath).with(
    added.flatMap(({ post, oldPaths }) => oldPaths.map((old) => [old, post] as const)),
    removed.flatMap(({ oldPaths }) => oldPaths),
  );
}

/** The issues with the changed files' old ones out and new ones in, still in path order (toSnapshot's). */
function toPatchedIssues(issues: PostIssue[], changes: Changes, issuesByPath: boolean): PostIssue[] | undefined {
  const { removedIssues, addedIssues } = changes;
  // A copy even when nothing changed: a caller adding its own issues to the new array leaves `previous` alone.
  if (removedIssues.length === 0 && addedIssues.length === 0) return issues.slice();
  if (!issuesByPath) return undefined;
  return toPatched(issues, removedIssues, addedIssues, (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Each list the changed posts left or joined, patched; the others keep their identity. Keys stay
 * in toSnapshot's order: by the list's newest post, then by the key's place in that post's names.
 */
function toPatchedLists(lists: Map<string, PostSummary[]>, removed: Entry[], added: Entry[], namesOf: (post: PostSummary) => string[]): Map<string, PostSummary[]> | undefined {
  const leaving = groupByName(removed, namesOf);
  const joining = groupByName(added, namesOf);
  if (leaving.size === 0 && joining.size === 0) return lists;
  const patched = new Map<string, PostSummary[]>();
  const moved = new Set<string>();
  for (const key of new Set([...leaving.keys(), ...joining.keys()])) {
    const list = lists.get(key) ?? [];
    const next = toPatched(list, leaving.get(key) ?? [], joining.get(key) ?? [], byDateThenPath);
    if (!next) return undefined;
    patched.set(key, next);
    if (next[0] !== list[0]) moved.add(key);
  }
  const listOf = (key: string): PostSummary[] => patched.get(key) ?? lists.get(key) ?? [];
  if (moved.size === 0) {
    const next = new Map(lists);
    for (const [key, list] of patched) next.set(key, list);
    return next;
  }
  const order = (a: string, b: string): number => {
    const first = listOf(a)[0];
    const second = listOf(b)[0];
    if (!first || !second) return 0;
    return byDateThenPath(first, second) || namesOf(first).indexOf(a) - namesOf(first).indexOf(b);
  };
  const staying = [...lists.keys()].filter((key) => !moved.has(key));
  const arriving = [...moved].filter((key) => listOf(key).length > 0).sort(order);
  const next = new Map<string, PostSummary[]>();
  let j = 0;
  for (const key of staying) {
    for (let waiting = arriving[j]; waiting !== undefined && order(waiting, key) < 0; waiting = arriving[j]) {
      next.set(waiting, listOf(waiting));
      j += 1;
    }
    next.set(key, listOf(key));
  }
  for (const key of arriving.slice(j)) next.set(key, listOf(key));
  return next;
}

/** The posts each name loses or gains, once per time the post names it (as toSnapshot adds them). */
function groupByName(entries: Entry[], namesOf: (post: PostSummary) => string[]): Map<string, PostSummary[]> {
  const groups = new Map<string, PostSummary[]>();
  for (const { post } of entries) {
    for (const name of namesOf(post)) {
      const group = groups.get(name);
      if (group) group.push(post);
      else groups.set(name, [post]);
    }
  }
  return groups;
}

/** First index whose item does not sort before `item`. */
function lowerBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = list[middle];
    if (found !== undefined && compare(found, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A copy of a sorted list without `removed` (each found by binary search, once per occurrence)
 * and with `added` in their places; undefined when a removed item is not where it should be.
 */
function toPatched<T extends object>(list: readonly T[], removed: readonly T[], added: readonly T[], compare: (a: T, b: T) => number): T[] | undefined {
  const cuts: number[] = [];
  for (const item of removed) {
    let at = lowerBound(list, item, compare);
    while (at < list.length && (list[at] !== item || cuts.includes(at))) {
      const found = list[at];
      if (found === undefined || compare(found, item) !== 0) return undefined;
      at += 1;
    }
    if (list[at] !== item) return undefined;
    cuts.push(at);
  }
  cuts.sort((a, b) => a - b);
  const joining = [...added].sort(compare).map((item) => ({ at: lowerBound(list, item, compare), item }));
  // One allocation of at least the new length (splice would grow the copy again), then one pass from the first edit.
  const next = joining.length > 0 ? list.concat(added) : list.slice();
  const first = Math.min(cuts[0] ?? list.length, joining[0]?.at ?? list.length);
  let write = first;
  let cut = 0;
  let join = 0;
  for (let i = first; i <= list.length; i += 1) {
    for (let entry = joining[join]; entry !== undefined && entry.at === i; entry = joining[join]) {
      next[write] = entry.item;
      write += 1;
      join += 1;
    }
    const item = list[i];
    if (cuts[cut] === i) cut += 1;
    else if (item !== undefined) {
      next[write] = item;
      write += 1;
    }
    // Past the last edit with as many added as removed, the rest of the copy is already in place.
    if (cut === cuts.length && join === joining.length && write === i + 1) break;
  }
  next.length = list.length - cuts.length + joining.length;
  return next;
}

function sameKeys(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}
