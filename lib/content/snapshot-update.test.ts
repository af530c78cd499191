import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../site/site';
import type { PostSummary, SitePage } from '../types';
import { toSnapshot, type FileState, type Snapshot } from './snapshot';
import { updateSnapshot } from './snapshot-update';
import { mulberry32 } from '../../scripts/content/gen/rng.mjs';

const SITE = parseSiteConfig('title: 测试站\ncategories:\n  b: 乙\n').site;
const DAY = 86_400_000;
const CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f'];
const TAGS = ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];
// A named category page no step touches: toSnapshot then always makes a new site object, and a
// result that kept `previous.site` is known to have been patched rather than rebuilt.
const FIXED_PAGE: [string, FileState] = ['category/a.md', { mtimeMs: 1, size: 1, page: { layout: 'category', category: 'a', title: '甲', permalink: '/a/' } }];

/** The random world of one seed: files as the store keeps them, changed the way writers change them. */
function createWorld(seed: number) {
  const rng = mulberry32(seed);
  const int = (n: number) => Math.floor(rng() * n);
  const chance = (p: number) => rng() < p;
  const pick = <T>(list: readonly T[]): T => {
    const item = list[int(list.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const some = (list: readonly string[], max: number) => {
    const names = Array.from({ length: int(max + 1) }, () => pick(list));
    // Parsed front matter has no repeats; a hand-made state may, and toSnapshot lists the post twice.
    return chance(0.9) ? [...new Set(names)] : names;
  };
  const files = new Map<string, FileState>([FIXED_PAGE]);
  let next = 0;
  const postPaths = () => [...files.keys()].filter((path) => path !== FIXED_PAGE[0] && !files.get(path)?.page);
  const withPost = () => postPaths().filter((path) => files.get(path)?.post);

  function toPost(path: string, slug: string): PostSummary {
    const redirectFrom = chance(0.3) ? [`/old/${int(20)}`] : [];
    return {
      path,
      slug,
      title: `标题 ${int(1000)}`,
      date: Date.UTC(2024, 0, 1) + int(25) * DAY,
      hasTime: false,
      categories: some(CATEGORIES, 2),
      tags: some(TAGS, 3),
      redirectFrom,
      excerpt: '摘要。',
      published: chance(0.92),
    };
  }

  function toState(path: string, post: PostSummary | undefined, issue?: string): FileState {
    const state: FileState = { mtimeMs: int(1e6), size: 1 };
    if (post) {
      state.post = post;
      // Jekyll's permalink has the date in it: two posts of one slug have different ones.
      state.oldPaths = [`/${new Date(post.date).toISOString().slice(0, 10)}/${post.slug}.html`, ...post.redirectFrom];
    }
    if (issue) state.issue = { path, reason: issue, level: chance(0.8) ? 'error' : 'note' };
    return state;
  }

  function newPath(): string {
    next += 1;
    // Upper and lower case and digits of different lengths exercise code-point order.
    return `${pick(['_posts', '_posts', 'Old', 'old'])}/p${next * 7 % 100}-${next}.md`;
  }

  function toPage(): SitePage {
    const category = pick(CATEGORIES);
    return { layout: pick(['category', 'page']), category, title: `页 ${category}`, permalink: `/${pick(CATEGORIES)}/` };
  }

  function addPost(): void {
    const path = newPath();
    const slug = chance(0.08) && withPost().length > 0 ? (files.get(pick(withPost()))?.post?.slug ?? path) : `s${next}`;
    files.set(path, toState(path, toPost(path, slug)));
  }

  for (let i = 0; i < 40; i += 1) addPost();
  for (let i = 0; i < 4; i += 1) {
    const path = newPath();
    files.set(path, toState(path, undefined, 'no front matter'));
  }
  for (let i = 0; i < 2; i += 1) files.set(`pages/${i}.md`, { mtimeMs: 1, size: 1, page: toPage() });

  function edit(change: (post: PostSummary) => Partial<PostSummary>): void {
    const paths = withPost();
    if (paths.length === 0) return addPost();
    const path = pick(paths);
    const state = files.get(path);
    const post = state?.post;
    if (!post) return;
    files.set(path, toState(path, { ...post, ...change(post) }));
  }

  const steps: (() => void)[] = [
    addPost,
    addPost,
    () => edit(() => ({ title: `改 ${int(1000)}` })),
    () => edit(() => ({ date: Date.UTC(2024, 0, 1) + int(25) * DAY })),
    () => edit(() => ({ categories: some(CATEGORIES, 2) })),
    () => edit(() => ({ tags: some(TAGS, 3) })),
    () => edit(() => ({ redirectFrom: chance(0.5) ? [`/old/${int(20)}`] : [] })),
    () => edit((post) => ({ published: !post.published })),
    () => edit(() => ({ slug: files.get(pick(withPost()))?.post?.slug ?? 'x' })),
    () => edit(() => ({ slug: `s${int(next + 5)}` })),
    () => {
      const paths = postPaths();
      if (paths.length > 0) files.delete(pick(paths));
    },
    () => {
      // Turns into an issue: gone for good, or still serving the last good version.
      const paths = postPaths();
      if (paths.length === 0) return;
      const path = pick(paths);
      const old = files.get(path);
      files.set(path, chance(0.5) && old?.post ? { ...old, mtimeMs: int(1e6), issue: { path, reason: 'bad date (still serving the last good version)', level: 'error' } } : toState(path, undefined, `bad yaml ${int(3)}`));
    },
    () => {
      // Read again with nothing new in it: a new state object around the same post.
      const paths = postPaths();
      if (paths.length === 0) return;
      const path = pick(paths);
      const old = files.get(path);
      if (old) files.set(path, { ...old, mtimeMs: int(1e6) });
    },
    () => {
      const paths = postPaths();
      const path = chance(0.5) || paths.length === 0 ? `pages/${int(4)}.md` : pick(paths);
      if (chance(0.3)) files.delete(path);
      else files.set(path, { mtimeMs: 1, size: 1, page: toPage() });
    },
  ];

  return {
    files,
    /** One to four random changes; the states the changed paths had before them. */
    change(): Map<string, FileState | undefined> {
      const before = new Map<string, FileState | undefined>();
      const count = chance(0.8) ? 1 : 2 + int(3);
      for (let i = 0; i < count; i += 1) {
        const snapshotOfFiles = new Map(files);
        pick(steps)();
        for (const path of new Set([...snapshotOfFiles.keys(), ...files.keys()])) {
          if (snapshotOfFiles.get(path) !== files.get(path) && !before.has(path)) before.set(path, snapshotOfFiles.get(path));
        }
      }
      return before;
    },
  };
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything a snapshot holds, posts by path; bySlug and byOldPath by key, their order meaning nothing. */
function toView(snapshot: Snapshot) {
  const paths = (list: PostSummary[]) => list.map((post) => post.path);
  return {
    site: snapshot.site,
    posts: paths(snapshot.posts),
    bySlug: [...snapshot.bySlug].map(([key, post]): [string, string] => [key, post.path]).sort(byKey),
    byOldPath: [...snapshot.byOldPath].map(([key, post]): [string, string] => [key, post.path]).sort(byKey),
    byCategory: [...snapshot.byCategory].map(([key, list]) => [key, paths(list)]),
    byTag: [...snapshot.byTag].map(([key, list]) => [key, paths(list)]),
    byPagePath: [...snapshot.byPagePath],
    issues: snapshot.issues,
  };
}

/** Every summary the snapshot holds is the files' own object, as toSnapshot's are. */
function expectFilesObjects(snapshot: Snapshot, files: Map<string, FileState>, where: string): void {
  const lists = [snapshot.posts, [...snapshot.bySlug.values()], [...snapshot.byOldPath.values()], ...snapshot.byCategory.values(), ...snapshot.byTag.values()];
  const strangers = lists.flatMap((list) => list.filter((post) => files.get(post.path)?.post !== post));
  expect(strangers.map((post) => post.path), where).toEqual([]);
}

function freeze(snapshot: Snapshot): void {
  for (const list of [snapshot.posts, snapshot.issues, ...snapshot.byCategory.values(), ...snapshot.byTag.values()]) Object.freeze(list);
  for (const post of snapshot.posts) Object.freeze(post);
}

describe('updateSnapshot', () => {
  it.each([1, 2, 3, 4, 5, 6])('equals toSnapshot after each of many random changes (seed %i)', (seed) => {
    const world = createWorld(seed);
    let previous = toSnapshot(SITE, world.files);
    let patched = 0;
    const STEPS = 400;
    for (let step = 0; step < STEPS; step += 1) {
      const where = `seed ${seed}, step ${step}`;
      freeze(previous);
      const before = toView(previous);
      const beforeLists = [...previous.byCategory, ...previous.byTag];
      const changed = world.change();
      const next = updateSnapshot(previous, SITE, world.files, changed);
      const expected = toSnapshot(SITE, world.files);
      expect(toView(next), where).toEqual(toView(expected));
      expectFilesObjects(next, world.files, where);
      expect(toView(previous), `${where}: previous changed`).toEqual(before);
      expect([...previous.byCategory, ...previous.byTag].every(([key, list], i) => beforeLists[i]?.[0] === key && beforeLists[i]?.[1] === list), where).toBe(true);
      if (next.site === previous.site) {
        patched += 1;
        // A list no changed post was or is on keeps its identity.
        const touched = new Set([...changed.values(), ...[...changed.keys()].map((path) => world.files.get(path))].flatMap((state) => (state?.post ? [state.post] : [])));
        for (const [lists, nextLists] of [[previous.byCategory, next.byCategory], [previous.byTag, next.byTag]] as const) {
          for (const [key, list] of lists) {
            const nextList = nextLists.get(key) ?? [];
            if (!list.some((post) => touched.has(post)) && !nextList.some((post) => touched.has(post))) expect(nextList, `${where}: list ${key}`).toBe(list);
          }
        }
      }
      previous = next;
    }
    // Most steps are patched: the random world has few slug or old-path contests and few page changes.
    expect(patched).toBeGreaterThan(STEPS * 0.5);
  });

  const post = (n: number, categories: string[], tags: string[]): PostSummary => ({
    path: `_posts/p${n}.md`,
    slug: `p${n}`,
    title: `标题 ${n}`,
    date: Date.UTC(2024, 0, n),
    hasTime: false,
    categories,
    tags,
    redirectFrom: [],
    excerpt: '摘要。',
    published: true,
  });
  const filesOf = (posts: PostSummary[]) => new Map<string, FileState>(posts.map((p) => [p.path, { mtimeMs: 1, size: 1, post: p, oldPaths: [`/${p.slug}.html`] }]));

  it('keeps the identity of untouched lists and leaves the previous snapshot as it was', () => {
    const posts = [post(1, ['a'], ['x']), post(2, ['b'], ['y']), post(3, ['a', 'b'], ['x', 'y']), post(4, ['c'], ['z'])];
    const files = filesOf(posts);
    const previous = toSnapshot(SITE, files);
    const aBefore = previous.byCategory.get('a');
    const postsBefore = [...previous.posts];
    const old = files.get('_posts/p4.md');
    const edited = { ...posts[3]!, title: '新标题', date: Date.UTC(2024, 0, 9) };
    files.set(edited.path, { mtimeMs: 2, size: 1, post: edited, oldPaths: [`/${edited.slug}.html`] });
    const next = updateSnapshot(previous, SITE, files, new Map([[edited.path, old]]));
    expect(toView(next)).toEqual(toView(toSnapshot(SITE, files)));
    expect(next.byCategory.get('a')).toBe(aBefore);
    expect(next.byCategory.get('b')).toBe(previous.byCategory.get('b'));
    expect(next.byTag.get('x')).toBe(previous.byTag.get('x'));
    expect(next.byTag.get('z')).not.toBe(previous.byTag.get('z'));
    expect(next.site).toBe(previous.site);
    expect(previous.posts).toEqual(postsBefore);
    expect(previous.bySlug.get('p4')).toBe(posts[3]);
    expect(previous.byOldPath.get('/p4.html')).toBe(posts[3]);
    expect(next.bySlug.get('p4')).toBe(edited);
    // The edited post is now the newest, so its category and tag come first, as toSnapshot orders them.
    expect([...next.byCategory.keys()]).toEqual(['c', 'a', 'b']);
  });

  it('rebuilds whole when the settings changed or the snapshot was not built here', () => {
    const files = filesOf([post(1, ['a'], []), post(2, ['b'], [])]);
    const previous = toSnapshot(SITE, files);
    const other = parseSiteConfig('title: 另一个\n').site;
    const added = post(3, ['a'], []);
    files.set(added.path, { mtimeMs: 1, size: 1, post: added });
    const changed = new Map([[added.path, undefined]]);
    expect(toView(updateSnapshot(previous, other, files, changed))).toEqual(toView(toSnapshot(other, files)));
    expect(toView(updateSnapshot({ ...previous }, SITE, files, changed))).toEqual(toView(toSnapshot(SITE, files)));
  });
});
