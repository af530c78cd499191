import type { PostIssue, PostSummary, SiteConfig, SitePage } from '../types';

export type Snapshot = {
  site: SiteConfig;
  /** Published posts, newest first; future-dated ones are included and filtered at read time. */
  posts: PostSummary[];
  /** For lookups only: after updateSnapshot (lib/content/snapshot-update.ts) the order of its keys means nothing. */
  bySlug: ReadonlyMap<string, PostSummary>;
  /** Jekyll permalinks and `redirect_from` paths of the old site, each to its post; for lookups only, like bySlug. */
  byOldPath: ReadonlyMap<string, PostSummary>;
  byCategory: Map<string, PostSummary[]>;
  byTag: Map<string, PostSummary[]>;
  /** Old-site paths of Jekyll index pages (`/emnews/`), each to the category it lists. */
  byPagePath: Map<string, string>;
  issues: PostIssue[];
};

/** What the index knows of one file: its stamp, and the post or the reason it is not one. */
export type FileState = { mtimeMs: number; size: number; post?: PostSummary; issue?: PostIssue; page?: SitePage; oldPaths?: string[] };

/**
 * What a snapshot was built from beyond what it holds, for lib/content/snapshot-update.ts: the
 * settings given, the pages in files order, the slugs and old paths more than one post claimed,
 * and whether every issue's path is its file's (so issues are sorted by path).
 */
export type SnapshotBasis = {
  site: SiteConfig;
  pages: SitePage[];
  contestedSlugs: ReadonlySet<string>;
  contestedOldPaths: ReadonlySet<string>;
  issueCount: number;
  issuesByPath: boolean;
};

// Kept beside each snapshot rather than in it, so the snapshot's shape stays what pages read.
const bases = new WeakMap<Snapshot, SnapshotBasis>();

export function getSnapshotBasis(snapshot: Snapshot): SnapshotBasis | undefined {
  return bases.get(snapshot);
}

export function recordSnapshotBasis(snapshot: Snapshot, basis: SnapshotBasis): void {
  bases.set(snapshot, basis);
}

/** Newest first; posts of the same time in code-point order of their paths. */
export function byDateThenPath(a: PostSummary, b: PostSummary): number {
  return b.date - a.date || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function addTo(map: Map<string, PostSummary[]>, key: string, post: PostSummary): void {
  const list = map.get(key);
  if (list) list.push(post);
  else map.set(key, [post]);
}

/** Builds lookups from per-file results; the first path (in code-point order) to claim a slug keeps it. */
export function toSnapshot(site: SiteConfig, files: Map<string, FileState>): Snapshot {
  const issues: PostIssue[] = [];
  const bySlug = new Map<string, PostSummary>();
  const paths = [...files.keys()].sort();
  const oldPaths = new Map<PostSummary, string[]>();
  const contestedSlugs = new Set<string>();
  let issuesByPath = true;
  for (const file of paths) {
    const state = files.get(file);
    if (state?.issue) {
      issues.push(state.issue);
      if (state.issue.path !== file) issuesByPath = false;
    }
    const post = state?.post;
    if (!post || !post.published) continue;
    const owner = bySlug.get(post.slug);
    if (owner) {
      issues.push({ path: file, reason: `slug '${post.slug}' is already used by ${owner.path}`, level: 'error' });
      contestedSlugs.add(post.slug);
      continue;
    }
    bySlug.set(post.slug, post);
    oldPaths.set(post, state.oldPaths ?? []);
  }
  const posts = [...bySlug.values()].sort(byDateThenPath);
  const byCategory = new Map<string, PostSummary[]>();
  const byTag = new Map<string, PostSummary[]>();
  const byOldPath = new Map<string, PostSummary>();
  const contestedOldPaths = new Set<string>();
  for (const post of posts) {
    for (const category of post.categories) addTo(byCategory, category, post);
    for (const tag of post.tags) addTo(byTag, tag, post);
    for (const old of oldPaths.get(post) ?? []) {
      const owner = byOldPath.get(old);
      if (!owner) byOldPath.set(old, post);
      else if (owner !== post) contestedOldPaths.add(old);
    }
  }
  const pages = [...files.values()].flatMap((state) => (state.page ? [state.page] : []));
  const snapshot = { site: withPageNames(site, pages), posts, bySlug, byOldPath, byCategory, byTag, byPagePath: toPagePaths(pages, byCategory), issues };
  bases.set(snapshot, { site, pages, contestedSlugs, contestedOldPaths, issueCount: issues.length, issuesByPath });
  return snapshot;
}

/** Category display names from the Jekyll category pages; a name `_site.yml` gives wins. */
function withPageNames(site: SiteConfig, pages: SitePage[]): SiteConfig {
  const named = pages.filter((page) => page.layout === 'category' && page.category && page.title);
  if (named.length === 0) return site;
  const categories: Record<string, string> = {};
  for (const page of named) if (page.category && page.title) categories[page.category] = page.title;
  return { ...site, categories: { ...categories, ...site.categories } };
}

/**
 * Where the old site's index pages now live: a page whose permalink's last segment is a
 * category (`emnews.md` at `/emnews/`) or whose front matter names one lists that category.
 */
export function toPagePaths(pages: SitePage[], byCategory: Map<string, PostSummary[]>): Map<string, string> {
  const paths = new Map<string, string>();
  for (const page of pages) {
    if (!page.permalink) continue;
    const last = page.permalink.split('/').filter(Boolean).pop()?.replace(/\.html?$/i, '');
    const category = page.category ?? last;
    if (category && byCategory.has(category)) paths.set(`/${page.permalink.replace(/^\/+/, '')}`, category);
  }
  return paths;
}

// Issues of one kind logged one by one before the rest are counted: 50,000 stray files make 4 lines, not 50,000.
const LOGGED_PER_KIND = 3;

/**
 * What an issue is, without what is particular to its file: quoted values, post paths and
 * numbers go, so `date '24/04/2022' is not…` and `date '31/04/2022' is not…` are one kind.
 */
export function toIssueKind(reason: string): string {
  return reason
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '…')
    .replace(/\S+\.(?:md|markdown|html?|txt)\b/gi, '…')
    .replace(/(?<![\w-])\d(?:[\d,.:-]*\d)?(?![\w-])/g, '#');
}

/** Log lines for new issues: a few of each kind as `label/path: reason`, then one count of the rest. */
export function formatIssueLog(issues: PostIssue[], label: string): string[] {
  const lines: string[] = [];
  const kinds = new Map<string, { kind: string; logged: number; rest: number; noun: string }>();
  for (const issue of issues) {
    const kind = toIssueKind(issue.reason);
    const key = `${issue.level} ${kind}`;
    const count = kinds.get(key) ?? { kind, logged: 0, rest: 0, noun: issue.reason.startsWith('folder ') ? 'folder' : 'file' };
    kinds.set(key, count);
    if (count.logged < LOGGED_PER_KIND) {
      count.logged += 1;
      lines.push(`${label}/${issue.path}: ${issue.reason}`);
    } else count.rest += 1;
  }
  for (const { kind, rest, noun } of kinds.values()) {
    if (rest > 0) lines.push(`${label}/: ${rest.toLocaleString('en-US')} more ${noun}${rest === 1 ? '' : 's'}: ${kind} (see npm run check)`);
  }
  return lines;
}
