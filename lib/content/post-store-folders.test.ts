import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DEPTH } from './folder-scan';
import { createPostStore, toLabel, type PostStore } from './post-store';
import { toIssueKind, type Snapshot } from './snapshot';
import { until } from '../__fixtures__/until-store';

let dir: string;
let stores: PostStore[];
let lines: string[];
let clock = Date.now() / 1000;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-folders-'));
  stores = [];
  lines = [];
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function postText(title: string, date = '2022-04-24 10:00:00 +0800'): string {
  return `---\ntitle: ${title}\ndate: ${date}\n---\n<p>${title}的正文。</p>\n`;
}

/** Writes a file and moves its mtime forward, so an edit is seen even within one clock tick. */
function write(file: string, content: string): void {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  clock += 10;
  fs.utimesSync(full, clock, clock);
}

function openStore(options: { watch?: boolean } = {}): PostStore {
  // With watch, events alone must keep up: the hourly rescan is too slow to help within a test.
  const store = createPostStore(dir, { ...options, rescanIntervalMs: 3_600_000, checkIntervalMs: 3_600_000, log: (line) => lines.push(line) });
  stores.push(store);
  return store;
}

function openWatching(): PostStore {
  return openStore({ watch: true });
}


/** The error Node throws when the process may not read `file`: tests run as root, so chmod cannot make one. */
function denied(syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${file}'`), { code: 'EACCES', errno: -13, syscall, path: file });
}

function denyOpen(file: string): void {
  const open = fs.openSync;
  vi.spyOn(fs, 'openSync').mockImplementation((target: fs.PathLike, flags: fs.OpenMode = 'r', mode?: fs.Mode | null) => {
    if (target === file) throw denied('open', file);
    return open(target, flags, mode);
  });
}

function denyListing(folder: string): void {
  const readdir = fs.readdirSync;
  vi.spyOn(fs, 'readdirSync').mockImplementation(((target: fs.PathLike, options: { withFileTypes: true }) => {
    if (target === folder) throw denied('scandir', folder);
    return readdir(target, options);
  }) as typeof fs.readdirSync);
}

describe('createPostStore with watch: the folder is followed through deletion', () => {
  it('follows the posts folder deleted and made again', async () => {
    write('a.md', postText('甲'));
    const store = openWatching();
    expect((await store.getSnapshot()).posts).toHaveLength(1);
    fs.rmSync(dir, { recursive: true });
    await until(store, (s) => s.posts.length === 0);
    write('b.md', postText('回来的文章'));
    expect((await until(store, (s) => s.bySlug.has('b'))).posts).toHaveLength(1);
    write('c.md', postText('之后的文章'));
    await until(store, (s) => s.bySlug.has('c'));
  });

  it('follows the posts folder replaced at once', async () => {
    write('a.md', postText('甲'));
    const store = openWatching();
    await store.getSnapshot();
    fs.rmSync(dir, { recursive: true });
    write('b.md', postText('替换后的文章'));
    expect([...(await until(store, (s) => s.bySlug.has('b') && !s.bySlug.has('a'))).bySlug.keys()]).toEqual(['b']);
    write('c.md', postText('之后的文章'));
    await until(store, (s) => s.bySlug.has('c'));
  });

  it('follows a posts folder made only after the start', async () => {
    fs.rmSync(dir, { recursive: true });
    const store = openWatching();
    expect((await store.getSnapshot()).posts).toEqual([]);
    write('a.md', postText('后来才有的文件夹'));
    await until(store, (s) => s.bySlug.has('a'));
  });

  it('follows a subfolder deleted and made again', async () => {
    write('2026/a.md', postText('甲'));
    const store = openWatching();
    await store.getSnapshot();
    fs.rmSync(path.join(dir, '2026'), { recursive: true });
    await until(store, (s) => s.posts.length === 0);
    write('2026/b.md', postText('乙'));
    await until(store, (s) => s.bySlug.has('b'));
    write('2026/c.md', postText('丙'));
    await until(store, (s) => s.bySlug.has('c'));
  });

  it('follows a subfolder deleted and made again within milliseconds', async () => {
    write('2026/11/a.md', postText('甲'));
    const store = openWatching();
    await store.getSnapshot();
    fs.rmSync(path.join(dir, '2026'), { recursive: true });
    write('2026/11/b.md', postText('乙'));
    await until(store, (s) => s.bySlug.has('b') && !s.bySlug.has('a'));
    // The new folders must be watched themselves, not through watches of the deleted ones.
    write('2026/11/c.md', postText('丙'));
    write('2026/d.md', postText('丁'));
    await until(store, (s) => s.bySlug.has('c') && s.bySlug.has('d'));
  });
});

describe('createPostStore: files and folders it may not read', () => {
  it('reports a post file it may not read, in the snapshot and the log', async () => {
    write('a.md', postText('甲'));
    write('locked.md', postText('锁住的'));
    denyOpen(path.join(dir, 'locked.md'));
    const snapshot = await openStore().refresh();
    expect(snapshot.posts.map((post) => post.path)).toEqual(['a.md']);
    expect(snapshot.issues).toEqual([{ path: 'locked.md', reason: 'unreadable (EACCES: permission denied)', level: 'error' }]);
    expect(lines).toEqual([`${toLabel(dir)}/locked.md: unreadable (EACCES: permission denied)`]);
  });

  it('keeps serving the last good version of a post that becomes unreadable, and reads it again once it can', async () => {
    write('a.md', postText('好版本'));
    const store = openStore();
    await store.refresh();
    write('a.md', postText('新版本'));
    denyOpen(path.join(dir, 'a.md'));
    const snapshot = await store.refresh();
    expect(snapshot.bySlug.get('a')?.title).toBe('好版本');
    expect(snapshot.issues).toEqual([{ path: 'a.md', reason: 'unreadable (EACCES: permission denied) (still serving the last good version)', level: 'error' }]);
    expect(await store.refresh()).toBe(snapshot);
    expect(lines).toHaveLength(1);
    vi.restoreAllMocks();
    const fixed = await store.refresh();
    expect(fixed.bySlug.get('a')?.title).toBe('新版本');
    expect(fixed.issues).toEqual([]);
  });

  it('reports a folder it may not read, and reads it once it can', async () => {
    write('a.md', postText('甲'));
    write('secret/b.md', postText('乙'));
    denyListing(path.join(dir, 'secret'));
    const store = openStore();
    const snapshot = await store.refresh();
    expect(snapshot.posts.map((post) => post.path)).toEqual(['a.md']);
    const reason = 'folder unreadable (EACCES: permission denied), its posts are not read';
    expect(snapshot.issues).toEqual([{ path: 'secret', reason, level: 'error' }]);
    expect(lines).toEqual([`${toLabel(dir)}/secret: ${reason}`]);
    vi.restoreAllMocks();
    const fixed = await store.refresh();
    expect(fixed.posts.map((post) => post.path).sort()).toEqual(['a.md', 'secret/b.md']);
    expect(fixed.issues).toEqual([]);
  });

  it('reports a posts folder it may not read', async () => {
    denyListing(dir);
    expect((await openStore().refresh()).issues).toEqual([{ path: '', reason: 'folder unreadable (EACCES: permission denied), its posts are not read', level: 'error' }]);
  });
});

describe('createPostStore: a flood of stray files', () => {
  it('logs three lines of each kind and counts the rest, while the snapshot keeps every file', async () => {
    for (let i = 0; i < 2000; i += 1) fs.writeFileSync(path.join(dir, `stray-${i}.md`), `# 笔记 ${i}\n`);
    fs.mkdirSync(path.join(dir, 'bad'));
    for (let i = 0; i < 500; i += 1) fs.writeFileSync(path.join(dir, 'bad', `${i}.md`), postText('坏日期', `2022-13-${(i % 28) + 1}`));
    const snapshot = await openStore().refresh();
    expect(snapshot.issues).toHaveLength(2500);
    expect(lines).toHaveLength(8);
    const label = toLabel(dir);
    expect(lines.filter((line) => line.endsWith('no front matter (does not start with ---), not a post'))).toHaveLength(3);
    expect(lines).toContain(`${label}/: 1,997 more files: no front matter (does not start with ---), not a post (see npm run check)`);
    expect(lines).toContain(`${label}/: 497 more files: date … is not a Jekyll date: there is no month # (see npm run check)`);
  });

  it('finds the kind of a reason by leaving out what is particular to one file', () => {
    expect(toIssueKind("date '24/04/2022' is not a Jekyll date: 2022-02 has no day 31")).toBe('date … is not a Jekyll date: # has no day #');
    expect(toIssueKind("slug 'jiuye' is already used by a/2022-09-01-jiuye.md")).toBe('slug … is already used by …');
    expect(toIssueKind('file is 12,345,678 bytes; posts over 10,485,760 bytes (10 MB) are left out')).toBe('file is # bytes; posts over # bytes (# MB) are left out');
    expect(toIssueKind('file is not valid UTF-8: it reads as GBK/GB18030 Chinese; save it as UTF-8')).toBe('file is not valid UTF-8: it reads as GBK/GB18030 Chinese; save it as UTF-8');
  });
});

describe('createPostStore: folders deeper than the limit', () => {
  it(`reads posts ${MAX_DEPTH} folders deep and notes the one folder past that, not every folder below it`, async () => {
    const folder = (depth: number) => Array.from({ length: depth }, () => 'a').join('/');
    fs.mkdirSync(path.join(dir, folder(1500)), { recursive: true });
    write(`${folder(MAX_DEPTH)}/kept.md`, postText('够浅'));
    write(`${folder(1500)}/lost.md`, postText('太深'));
    const snapshot = await openStore({ watch: true }).getSnapshot();
    expect(snapshot.posts.map((post) => post.slug)).toEqual(['kept']);
    expect(snapshot.issues).toEqual([{ path: folder(MAX_DEPTH + 1), reason: `folder deeper than ${MAX_DEPTH} levels; its posts are not read`, level: 'note' }]);
    expect(lines).toHaveLength(1);
  });
});
