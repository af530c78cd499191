import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WRITE_SETTLE_MS } from '../freshness.mjs';
import { readStamp, readStamps } from './folder-scan';
import { toIndexCacheFile } from './index-snapshot';
import { createIndexSaver } from './index-snapshot-saver';
import { createPostStore, type Snapshot } from './post-store';

let dir: string;
let cacheDir: string;
let cacheFile: string;
let lines: string[];
// Files are dated a day back, well before any save, unless a test says otherwise.
let clock = Date.now() / 1000 - 86_400;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-saved-posts-'));
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-saved-cache-'));
  cacheFile = toIndexCacheFile(dir, cacheDir) ?? '';
  lines = [];
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

function write(file: string, content: string, seconds = (clock += 10)): void {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  fs.utimesSync(full, seconds, seconds);
}

function post(title: string, date: string, extra = ''): string {
  return `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n<p>${title}的正文。</p>\n`;
}

/** A Jekyll checkout with posts, a page, a duplicate slug, a broken post and a note. */
function writeFolder(): void {
  write('_config.yml', 'title: 金融消息\ntimezone: Asia/Shanghai\n');
  write('category/emnews.html', '---\nlayout: category\ntitle: 东财滚动新闻\ncategory: emnews\n---');
  write('_posts/2022-05-30-a.md', post('央行开展逆回购操作', '2022-05-30 09:12:45', 'categories: emnews\ntags: [利率, 汇率]\nredirect_from: /old/a/\n'));
  write('_posts/2022-05-31-b.md', post('港股午后走强', '2022-05-31 13:02:11 +0800', 'categories: emnews\ntags: 港股\n'));
  write('_posts/2022-06-01-c.md', post('离岸人民币小幅升值', '2022-06-01', 'description: 简讯\nsource: https://example.com/c\n'));
  write('old_post/2022-06-02-a.md', post('同名后来者', '2022-06-02'));
  write('_posts/2022-06-03-broken.md', post('坏日期', '24/04/2022'));
  write('_posts/notes.md', '# 编辑笔记\n');
}

function openStore(indexCache: string | undefined = cacheFile) {
  return createPostStore(dir, { log: (line) => lines.push(line), checkIntervalMs: 60_000, ...(indexCache ? { indexCache } : {}) });
}

async function scanAndSave(): Promise<Snapshot> {
  const store = openStore();
  const snapshot = await store.refresh();
  await store.saveIndex();
  store.close();
  return snapshot;
}

/** A start, closed before the save it asks for begins: each test decides what the file holds. */
async function startStore(indexCache: string | undefined = cacheFile, root = dir): Promise<Snapshot> {
  const store = createPostStore(root, { log: (line) => lines.push(line), checkIntervalMs: 60_000, ...(indexCache ? { indexCache } : {}) });
  const snapshot = await store.refresh();
  store.close();
  return snapshot;
}

function fullScan(): Promise<Snapshot> {
  return startStore(undefined);
}

/** The values of a snapshot file, each framed as a 4-byte length and its v8.serialize data. */
function readFrames(bytes: Buffer): unknown[] {
  const values: unknown[] = [];
  for (let at = 0; at < bytes.length; at += 4 + bytes.readUInt32LE(at)) values.push(v8.deserialize(bytes.subarray(at + 4, at + 4 + bytes.readUInt32LE(at))));
  return values;
}

function toFile(values: unknown[]): Buffer {
  return Buffer.concat(values.flatMap((value) => {
    const data = v8.serialize(value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(data.length);
    return [length, data];
  }));
}

describe('index snapshot: a start from the saved index', () => {
  it('gives the same snapshot as a full scan after files were changed, added and deleted', async () => {
    writeFolder();
    await scanAndSave();
    write('_posts/2022-05-31-b.md', post('港股收盘走弱，恒指跌百分之二', '2022-05-31 16:00:00 +0800', 'categories: emnews\ntags: [港股, 收盘]\n'));
    write('_posts/2022-06-04-d.md', post('新增的快讯', '2022-06-04', 'categories: licai\n'));
    fs.rmSync(path.join(dir, '_posts/2022-06-01-c.md'));
    lines = [];
    const fromSaved = await startStore();
    const full = await fullScan();
    expect(fromSaved).toEqual(full);
    expect(fromSaved.bySlug.get('b')?.title).toBe('港股收盘走弱，恒指跌百分之二');
    expect(fromSaved.bySlug.has('d')).toBe(true);
    expect(fromSaved.bySlug.has('c')).toBe(false);
  });

  it('reuses files with the stamp it saved without reading them, but reads again those written just before the save', async () => {
    write('old.md', post('旧标题甲', '2022-01-01'));
    const recent = Date.now() / 1000 - 3600;
    write('recent.md', post('旧标题乙', '2022-01-02'), recent);
    const before = fs.statSync(path.join(dir, 'recent.md')).mtimeMs;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(before + WRITE_SETTLE_MS - 1);
    await scanAndSave();
    vi.useRealTimers();
    // Same size, stamp put back: only the save time tells the two apart.
    const oldStamp = fs.statSync(path.join(dir, 'old.md')).mtime;
    write('old.md', post('新标题甲', '2022-01-01'), oldStamp.getTime() / 1000);
    write('recent.md', post('新标题乙', '2022-01-02'), recent);
    expect(fs.statSync(path.join(dir, 'recent.md')).mtimeMs).toBe(before);
    const snapshot = await startStore();
    expect(snapshot.bySlug.get('old')?.title).toBe('旧标题甲');
    expect(snapshot.bySlug.get('recent')?.title).toBe('新标题乙');
  });

  it('does not carry a post kept from a version that no longer parses into the next start', async () => {
    writeFolder();
    const store = openStore();
    await store.refresh();
    write('_posts/2022-05-30-a.md', post('央行开展逆回购操作', '2022-05-30', 'tags: [没有闭合\n'));
    expect((await store.refresh()).bySlug.get('a')?.path).toBe('_posts/2022-05-30-a.md');
    await store.saveIndex();
    store.close();
    const fromSaved = await startStore();
    expect(fromSaved.bySlug.get('a')?.path).toBe('old_post/2022-06-02-a.md');
    expect(fromSaved).toEqual(await fullScan());
  });

  it('feeds the posts it reuses to the search index, with their bodies', async () => {
    writeFolder();
    await scanAndSave();
    const added: string[] = [];
    const indexer = { add: (summary: { path: string }, body: string) => added.push(`${summary.path} ${body.trim()}`), remove: () => undefined, setVisibility: () => undefined };
    const store = createPostStore(dir, { log: (line) => lines.push(line), indexCache: cacheFile, indexer });
    const snapshot = await store.refresh();
    store.close();
    await store.whenIndexed();
    expect(added).toContain('_posts/2022-05-31-b.md <p>港股午后走强的正文。</p>');
    // Every file that holds a post, the one whose slug is taken included, as after a full scan.
    expect(added.map((line) => line.split(' ')[0]).sort()).toEqual(['_posts/2022-05-30-a.md', '_posts/2022-05-31-b.md', '_posts/2022-06-01-c.md', 'old_post/2022-06-02-a.md']);
    expect(snapshot.posts).toHaveLength(3);
  });

  it('is saved on its own after the first scan, through a temporary file', async () => {
    writeFolder();
    const store = openStore();
    await store.refresh();
    await vi.waitFor(() => expect(fs.existsSync(cacheFile)).toBe(true));
    store.close();
    expect(fs.readdirSync(cacheDir)).toEqual([path.basename(cacheFile)]);
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['holding only its header', (bytes: Buffer) => toFile(readFrames(bytes).slice(0, 1))],
    ['not V8 data', () => Buffer.from('\u0000\u0001garbage')],
    ['holding a post without a title', (bytes: Buffer) => toFile(readFrames(bytes).map((value, i) => (i === 1 ? JSON.parse(JSON.stringify(value).replace('"title":"央行开展逆回购操作",', '')) : value)))],
    ['from another version', (bytes: Buffer) => toFile(readFrames(bytes).map((value, i) => (i === 0 ? { ...Object(value), version: '0.0/0.0.0' } : value)))],
  ])('is ignored when %s, with one line naming the file, and the store scans the folder', async (_, damage) => {
    writeFolder();
    await scanAndSave();
    fs.writeFileSync(cacheFile, damage(fs.readFileSync(cacheFile)));
    lines = [];
    const snapshot = await startStore();
    const cacheLines = lines.filter((line) => line.includes('index snapshot'));
    expect(cacheLines).toHaveLength(1);
    expect(cacheLines[0]).toMatch(new RegExp(`^${cacheFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: index snapshot `));
    expect(snapshot).toEqual(await fullScan());
  });

  it('is not used for another posts folder, nor after the settings changed', async () => {
    writeFolder();
    await scanAndSave();
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-saved-other-'));
    try {
      fs.writeFileSync(path.join(other, 'x.md'), post('另一个文件夹', '2022-01-01'));
      expect(toIndexCacheFile(other, cacheDir)).not.toBe(cacheFile);
      const otherSnapshot = await startStore(cacheFile, other);
      expect(otherSnapshot.posts.map((item) => item.title)).toEqual(['另一个文件夹']);
      expect(lines).toContainEqual(expect.stringContaining('index snapshot is of another posts folder'));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
    write('_config.yml', 'title: 金融消息\ntimezone: America/New_York\n');
    const snapshot = await startStore();
    expect(lines).toContainEqual(expect.stringContaining('index snapshot made with other site settings'));
    expect(snapshot).toEqual(await fullScan());
  });

  it('stats the folder on a worker as the scan does here: regular files only, symlinks not followed', async () => {
    write('a.md', post('甲', '2022-01-01'));
    write('sub/b.md', post('乙', '2022-01-02'));
    fs.symlinkSync(path.join(dir, 'a.md'), path.join(dir, 'link.md'));
    const names = ['a.md', 'sub/b.md', 'link.md', 'gone.md', 'sub'];
    const stampAt = await readStamps(dir, names);
    expect(names.map((_, i) => stampAt(i))).toEqual(names.map((name) => readStamp(path.join(dir, name)) && { mtimeMs: fs.statSync(path.join(dir, name)).mtimeMs, size: fs.statSync(path.join(dir, name)).size }));
    expect(stampAt(2)).toBeUndefined();
    expect(stampAt(0)?.size).toBe(fs.statSync(path.join(dir, 'a.md')).size);
  });

  it('is never put inside the posts folder', () => {
    expect(toIndexCacheFile(dir, path.join(dir, '.cache'))).toBeUndefined();
    expect(toIndexCacheFile(dir, dir)).toBeUndefined();
    expect(toIndexCacheFile(dir, cacheDir)).toMatch(/index-[0-9a-f]{16}\.v8$/);
  });
});

describe('createIndexSaver', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves at once the first time, then at most once per interval, and once for many changes', async () => {
    vi.useFakeTimers();
    const save = vi.fn(() => Promise.resolve());
    const saver = createIndexSaver(save, (line) => lines.push(line), 30_000);
    saver.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    saver.changed();
    saver.changed();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(2);
    saver.changed();
    saver.close();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('logs a failed save and does not throw', async () => {
    const saver = createIndexSaver(() => Promise.reject(new Error('ENOSPC: no space left on device, write')), (line) => lines.push(line));
    await saver.saveNow();
    expect(lines).toEqual(['index snapshot not saved (ENOSPC: no space left on device)']);
  });
});
