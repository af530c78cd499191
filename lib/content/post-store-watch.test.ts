import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostStore, type PostStore } from './post-store';
import { createIndexedStore } from '../store';
import type { Snapshot } from './snapshot';
import { until } from '../__fixtures__/until-store';

let dir: string;
let stores: PostStore[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-watch-'));
  stores = [];
});

afterEach(() => {
  for (const store of stores) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function postText(title: string, date = '2022-04-24 10:00:00 +0800', body = `<p>${title}的正文。</p>`): string {
  return `---\ntitle: ${title}\ndate: ${date}\ncategories: hongguan\ntags: [宏观]\n---\n${body}\n`;
}

function write(file: string, content: string): void {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
}

/** A store that follows the folder by events only: its periodic rescan is too slow to help here. */
function openWatching(): PostStore {
  const store = createPostStore(dir, { watch: true, rescanIntervalMs: 3_600_000, checkIntervalMs: 3_600_000, log: () => {} });
  stores.push(store);
  return store;
}


describe('createPostStore with watch: the folder is followed without rescans', () => {
  it('adds, edits and removes a post as its file changes', async () => {
    write('a.md', postText('甲'));
    const store = openWatching();
    expect((await store.getSnapshot()).posts).toHaveLength(1);

    write('b.md', postText('新到的文章', '2022-04-25 10:00:00 +0800'));
    const added = await until(store, (s) => s.bySlug.has('b'));
    expect(added.posts.map((post) => post.title)).toEqual(['新到的文章', '甲']);
    expect(added.byCategory.get('hongguan')).toHaveLength(2);

    write('b.md', postText('改过的标题', '2022-04-25 10:00:00 +0800'));
    expect((await until(store, (s) => s.bySlug.get('b')?.title === '改过的标题')).posts).toHaveLength(2);

    fs.rmSync(path.join(dir, 'b.md'));
    const removed = await until(store, (s) => !s.bySlug.has('b'));
    expect(removed.byCategory.get('hongguan')?.map((post) => post.slug)).toEqual(['a']);
  });

  it('picks up a file renamed into place, the recommended way to publish', async () => {
    const store = openWatching();
    await store.getSnapshot();
    write('.c.md.tmp', postText('改名发布'));
    fs.renameSync(path.join(dir, '.c.md.tmp'), path.join(dir, 'c.md'));
    expect((await until(store, (s) => s.bySlug.has('c'))).bySlug.get('c')?.title).toBe('改名发布');
  });

  it('follows a folder created after the start, and forgets one removed', async () => {
    const store = openWatching();
    await store.getSnapshot();
    write('2026/11/d.md', postText('新文件夹里的文章'));
    await until(store, (s) => s.bySlug.has('d'));
    write('2026/11/e.md', postText('同一文件夹的第二篇'));
    await until(store, (s) => s.bySlug.has('e'));
    fs.rmSync(path.join(dir, '2026'), { recursive: true });
    expect((await until(store, (s) => s.posts.length === 0)).bySlug.size).toBe(0);
  });

  it('keeps serving the good version while a file is rewritten in place in pieces', async () => {
    write('a.md', postText('完整版'));
    const store = openWatching();
    await store.getSnapshot();
    const file = path.join(dir, 'a.md');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, '---\ntitle: 写到一半');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const during = await store.getSnapshot();
    expect(during.bySlug.get('a')?.title).toBe('完整版');
    expect(during.issues.map((issue) => issue.reason).join()).toContain('still serving the last good version');
    fs.writeSync(fd, '的新版\ndate: 2022-04-24 10:00:00 +0800\n---\n<p>新的正文。</p>\n');
    fs.closeSync(fd);
    expect((await until(store, (s) => s.bySlug.get('a')?.title === '写到一半的新版')).issues).toEqual([]);
  });

  it('never lists a new post whose front matter is still being written', async () => {
    const store = openWatching();
    await store.getSnapshot();
    write('half.md', '---\ntitle: 半截\ndate: 2022-04');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await store.getSnapshot()).posts).toEqual([]);
    write('half.md', postText('写完了'));
    expect((await until(store, (s) => s.bySlug.has('half'))).bySlug.get('half')?.title).toBe('写完了');
  });

  it('never follows a symlink, even one created while watching', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), postText('不该出现'));
    const store = openWatching();
    await store.getSnapshot();
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'link.md'));
    write('after.md', postText('之后'));
    const snapshot = await until(store, (s) => s.bySlug.has('after'));
    expect(snapshot.bySlug.has('link')).toBe(false);
    fs.rmSync(outside, { recursive: true, force: true });
  });
});

describe('createPostStore: reading only what the index needs', () => {
  it('builds the excerpt from a long file’s start and still renders its whole body', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>第${i + 1}段，关于利率与信贷的说明。</p>`).join('\n');
    write('long.md', postText('长文', undefined, `${paragraphs}\n<p>全文最后一段。</p>`));
    const store = createPostStore(dir, { log: () => {} });
    const summary = (await store.refresh()).bySlug.get('long');
    expect(summary?.excerpt.startsWith('第1段，关于利率与信贷的说明。第2段')).toBe(true);
    const post = summary && (await store.readPost(summary));
    expect(post?.body).toContain('全文最后一段。');
  });

  it('finds front matter that runs past the first read', async () => {
    // 45 long tags (under the cap of 50) make a front matter of about 6 KB, twice the first read.
    const long = Array.from({ length: 45 }, (_, i) => `  - 标签${i}${'很长的标签名'.repeat(7)}`).join('\n');
    expect(Buffer.byteLength(long)).toBeGreaterThan(6000);
    write('many-tags.md', `---\ntitle: 标签很多\ndate: 2022-04-24\ntags:\n${long}\n---\n<p>正文。</p>\n`);
    const snapshot = await createPostStore(dir, { log: () => {} }).refresh();
    expect(snapshot.bySlug.get('many-tags')?.tags).toHaveLength(45);
    expect(snapshot.issues).toEqual([]);
  });

  it('still refuses a file whose bad bytes come after the part the index reads, when checking', async () => {
    const good = postText('后面有坏字节', undefined, `<p>${'好'.repeat(3000)}</p>`);
    fs.writeFileSync(path.join(dir, 'bad-tail.md'), Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe, 0x0a])]));
    const checked = await createPostStore(dir, { fullRead: true, log: () => {} }).refresh();
    expect(checked.posts).toEqual([]);
    expect(checked.issues[0]?.reason).toBe('file is not valid UTF-8');
  });
});

describe('createIndexedStore: search follows the folder in the background', () => {
  it('finds a post by its body after indexing, and stops finding it once deleted', async () => {
    write('a.md', postText('普通标题', undefined, '<p>文中提到跨境电商的新政策。</p>'));
    const { store, search } = createIndexedStore(dir, { watch: true, rescanIntervalMs: 3_600_000, checkIntervalMs: 3_600_000, log: () => {} });
    stores.push(store);
    await store.getSnapshot();
    await store.whenIndexed();
    const find = (query: string) => search.search(query, { now: Date.now(), offset: 0, limit: 10 }).hits.map((hit) => hit.doc.slug);
    expect(find('跨境电商')).toEqual(['a']);
    write('b.md', postText('另一篇', undefined, '<p>冷链物流也在增长。</p>'));
    await until(store, (s) => s.bySlug.has('b'));
    await store.whenIndexed();
    expect(find('冷链物流')).toEqual(['b']);
    fs.rmSync(path.join(dir, 'a.md'));
    await until(store, (s) => !s.bySlug.has('a'));
    expect(find('跨境电商')).toEqual([]);
  });

  it("finds a word from a long post's last paragraph", async () => {
    const filler = '<p>市场人士表示，宏观环境的变化会通过利率、汇率和预期等多个渠道影响资产价格。</p>\n'.repeat(300);
    write('long.md', postText('长文', undefined, `${filler}<p>最后一段提到琥珀色回购窗口。</p>`));
    const { store, search } = createIndexedStore(dir, { watch: true, rescanIntervalMs: 3_600_000, checkIntervalMs: 3_600_000, log: () => {} });
    stores.push(store);
    await store.getSnapshot();
    await store.whenIndexed();
    expect(Buffer.byteLength(fs.readFileSync(path.join(dir, 'long.md')))).toBeGreaterThan(30_000);
    expect(search.search('琥珀色回购窗口', { now: Date.now(), offset: 0, limit: 10 }).hits.map((hit) => hit.doc.slug)).toEqual(['long']);
  });
});

describe('createPostStore: reading a body that is still being written', () => {
  it('waits for a file written in pieces to settle, so the body is never cut short', async () => {
    write('a.md', postText('第一版', undefined, '<p>第一版正文。</p>'));
    const store = createPostStore(dir, { log: () => {} });
    const summary = (await store.refresh()).bySlug.get('a');
    if (!summary) throw new Error('post a is missing');
    const file = path.join(dir, 'a.md');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, postText('第二版', undefined, '<p>第二版正文的前半').trimEnd());
    const reading = store.readPost(summary);
    await new Promise((resolve) => setTimeout(resolve, 120));
    fs.writeSync(fd, '和后半。</p>\n');
    fs.closeSync(fd);
    const post = await reading;
    expect(post?.title).toBe('第二版');
    expect(post?.body).toContain('第二版正文的前半和后半。</p>');
  });
});
