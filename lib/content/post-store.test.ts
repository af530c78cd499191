import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostStore } from './post-store';

let dir: string;
let lines: string[];
let clock = Date.now() / 1000;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-store-'));
  lines = [];
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function postText(title: string, date: string, extra = '', body = `${title}的正文。`): string {
  return `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n${body}\n`;
}

/** Writes a file and moves its mtime forward, so an edit is seen even within one clock tick. */
function write(file: string, content: string | Buffer): void {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  clock += 10;
  fs.utimesSync(full, clock, clock);
}

function openStore() {
  return createPostStore(dir, { log: (line) => lines.push(line), checkIntervalMs: 60_000 });
}

/** The file a log line names, as an absolute path. */
function fileOf(line: string): string {
  return path.resolve(line.slice(0, line.indexOf(': ')));
}

describe('createPostStore: finding posts', () => {
  it('finds .md, .markdown, .html and .txt posts at any depth', async () => {
    write('2022-04-24-a.md', postText('甲', '2022-04-24'));
    write('b.markdown', postText('乙', '2022-04-25'));
    write('2024/06/c.html', postText('丙', '2022-04-26'));
    write('deep/er/still/d.txt', postText('丁', '2022-04-27'));
    const snapshot = await openStore().refresh();
    expect(snapshot.posts.map((post) => post.path)).toEqual(['deep/er/still/d.txt', '2024/06/c.html', 'b.markdown', '2022-04-24-a.md']);
    expect([...snapshot.bySlug.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(snapshot.issues).toEqual([]);
  });

  it('ignores other extensions and names starting with _ or .', async () => {
    write('keep.md', postText('保留', '2022-04-24'));
    write('notes.json', postText('数据', '2022-04-24'));
    write('readme.rst', postText('说明', '2022-04-24'));
    write('image.md.bak', postText('备份', '2022-04-24'));
    write('_draft.md', postText('草稿', '2022-04-24'));
    write('.hidden.md', postText('隐藏', '2022-04-24'));
    write('_drafts/x.md', postText('草稿夹', '2022-04-24'));
    write('.git/y.md', postText('版本库', '2022-04-24'));
    write('sub/_partial.html', postText('片段', '2022-04-24'));
    const snapshot = await openStore().refresh();
    expect(snapshot.posts.map((post) => post.title)).toEqual(['保留']);
    expect(snapshot.issues).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('reads _site.yml, including the zone for dates without an offset', async () => {
    write('_site.yml', 'title: 测试财经\ntimezone: America/New_York\ncategories:\n  hongguan: 宏观经济\n');
    write('a.md', postText('纽约时间', '2022-04-24 16:31'));
    const snapshot = await openStore().refresh();
    expect(snapshot.site.title).toBe('测试财经');
    expect(snapshot.site.categories).toEqual({ hongguan: '宏观经济' });
    expect(snapshot.posts[0]?.date).toBe(Date.UTC(2022, 3, 24, 20, 31));
  });

  it('logs a bad _site.yml and carries on with the defaults', async () => {
    write('_site.yml', 'timezone: Mars/Olympus_Mons\n');
    write('a.md', postText('甲', '2022-04-24'));
    const snapshot = await openStore().refresh();
    expect(snapshot.site.timezone).toBe('Asia/Shanghai');
    expect(snapshot.posts).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Mars/Olympus_Mons');
  });

  it('sorts newest first and breaks ties by path', async () => {
    write('c.md', postText('同时丙', '2022-04-24 10:00:00 +0800'));
    write('a.md', postText('同时甲', '2022-04-24 10:00:00 +0800'));
    write('z-old.md', postText('较早', '2021-01-01'));
    write('b-new.md', postText('最新', '2023-01-01'));
    write('b.md', postText('同时乙', '2022-04-24T02:00:00Z'));
    const snapshot = await openStore().refresh();
    expect(snapshot.posts.map((post) => post.title)).toEqual(['最新', '同时甲', '同时乙', '同时丙', '较早']);
  });

  it('gives a duplicate slug to the first path and reports the other', async () => {
    write('b/jiuye.md', postText('后来者', '2023-09-01'));
    write('a/2022-09-01-jiuye.md', postText('先到者', '2022-09-01 08:00'));
    const snapshot = await openStore().refresh();
    expect(snapshot.bySlug.get('jiuye')?.title).toBe('先到者');
    expect(snapshot.posts.map((post) => post.title)).toEqual(['先到者']);
    expect(snapshot.issues).toHaveLength(1);
    expect(snapshot.issues[0]?.path).toBe('b/jiuye.md');
    expect(snapshot.issues[0]?.reason).toContain('already used by a/2022-09-01-jiuye.md');
    expect(lines).toHaveLength(1);
    expect(fileOf(lines[0] ?? '')).toBe(path.join(dir, 'b/jiuye.md'));
  });

  it('leaves unpublished posts out of the lists and lookups', async () => {
    write('draft.md', postText('未发布', '2022-04-24', 'published: false\ncategories: hongguan\ntags: 草稿\n'));
    write('live.md', postText('已发布', '2022-04-23', 'categories: hongguan\n'));
    const snapshot = await openStore().refresh();
    expect(snapshot.posts.map((post) => post.title)).toEqual(['已发布']);
    expect(snapshot.bySlug.has('draft')).toBe(false);
    expect(snapshot.byCategory.get('hongguan')?.map((post) => post.title)).toEqual(['已发布']);
    expect(snapshot.byTag.has('草稿')).toBe(false);
  });

  it('groups posts by category and by tag, newest first', async () => {
    write('a.md', postText('利率一', '2022-01-01', 'categories: [hongguan, licai]\ntags: 利率\n'));
    write('b.md', postText('利率二', '2022-02-01', 'category: hongguan\ntags: [利率, 汇率]\n'));
    write('c.md', postText('股市', '2022-03-01', 'category: 青岛 财经\ntag: A股 行情\n'));
    const snapshot = await openStore().refresh();
    const titles = (list: { title: string }[] | undefined) => list?.map((post) => post.title);
    expect(titles(snapshot.byCategory.get('hongguan'))).toEqual(['利率二', '利率一']);
    expect(titles(snapshot.byCategory.get('licai'))).toEqual(['利率一']);
    expect(titles(snapshot.byCategory.get('青岛 财经'))).toEqual(['股市']);
    expect(titles(snapshot.byTag.get('利率'))).toEqual(['利率二', '利率一']);
    expect(titles(snapshot.byTag.get('汇率'))).toEqual(['利率二']);
    expect(titles(snapshot.byTag.get('A股 行情'))).toEqual(['股市']);
    expect(snapshot.byCategory.has('青岛')).toBe(false);
  });

  it('publishes an edit by patching the last index: lists the edit does not touch are the same lists', async () => {
    write('a.md', postText('甲', '2024-01-01 08:00:00 +0800', 'categories: hongguan\ntags: 利率\n'));
    write('b.md', postText('乙', '2024-01-02 08:00:00 +0800', 'categories: gongsi\ntags: 财报\n'));
    const store = openStore();
    const first = await store.getSnapshot();
    write('a.md', postText('甲改', '2024-01-01 08:00:00 +0800', 'categories: hongguan\ntags: 利率\n'));
    const second = await store.refresh();
    expect(second.bySlug.get('a')?.title).toBe('甲改');
    expect(second.byCategory.get('hongguan')).not.toBe(first.byCategory.get('hongguan'));
    expect(second.byCategory.get('gongsi')).toBe(first.byCategory.get('gongsi'));
    expect(second.byTag.get('财报')).toBe(first.byTag.get('财报'));
    expect(first.bySlug.get('a')?.title).toBe('甲');
  });

  it('reads a post’s body on demand, without keeping it in the index', async () => {
    write('a.md', postText('正文测试', '2022-04-24', '', '<p>一季度营收增长百分之十。</p>'));
    const store = openStore();
    const snapshot = await store.refresh();
    const summary = snapshot.bySlug.get('a');
    expect(summary).toBeDefined();
    expect(summary).not.toHaveProperty('body');
    const post = summary && (await store.readPost(summary));
    expect(post?.body).toBe('<p>一季度营收增长百分之十。</p>\n');
    expect(post?.title).toBe('正文测试');
  });

  it('gives an empty snapshot for a missing folder', async () => {
    const snapshot = await createPostStore(path.join(dir, 'missing'), { log: (line) => lines.push(line) }).refresh();
    expect(snapshot.posts).toEqual([]);
    expect(snapshot.issues).toEqual([]);
  });
});

describe('createPostStore: broken posts', () => {
  it.each([
    ['invalid YAML', postText('甲', '2022-04-24', 'tags: [没有闭合\n'), /invalid YAML/],
    ['no title', '---\ndate: 2022-04-24\n---\n正文\n', /missing title/],
    ['a bad date', postText('甲', '24/04/2022'), /'24\/04\/2022'/],
    ['non-UTF-8 bytes', Buffer.from([0xff, 0xfe, 0x41]), /UTF-8/],
  ] as const)('leaves out a post with %s and logs one line naming the file', async (_, content, reason) => {
    write('good.md', postText('正常', '2022-04-24'));
    write('2022/broken.md', content);
    const store = openStore();
    const snapshot = await store.refresh();
    expect(snapshot.posts.map((post) => post.path)).toEqual(['good.md']);
    expect(snapshot.bySlug.has('broken')).toBe(false);
    expect(snapshot.issues).toEqual([{ path: '2022/broken.md', reason: expect.stringMatching(reason), level: 'error' }]);
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(fileOf(line)).toBe(path.join(dir, '2022/broken.md'));
    expect(line).toMatch(/^\S+\/2022\/broken\.md: /);
    expect(line.slice(line.indexOf(': ') + 2)).toMatch(reason);

    await store.refresh();
    expect(lines).toHaveLength(1);
  });

  it('reports a post-like file without front matter as a note', async () => {
    write('notes.md', '# 编辑笔记\n\n这不是文章。\n');
    const snapshot = await openStore().refresh();
    expect(snapshot.posts).toEqual([]);
    expect(snapshot.issues).toEqual([{ path: 'notes.md', reason: expect.any(String), level: 'note' }]);
  });
});

describe('createPostStore: freshness', () => {
  it('shows an added file after refresh', async () => {
    write('a.md', postText('旧闻', '2022-04-24'));
    const store = openStore();
    expect((await store.refresh()).posts).toHaveLength(1);
    write('b.md', postText('新闻', '2022-04-25'));
    expect((await store.refresh()).posts.map((post) => post.title)).toEqual(['新闻', '旧闻']);
  });

  it('shows an edited title after refresh', async () => {
    write('a.md', postText('初版标题', '2022-04-24'));
    const store = openStore();
    expect((await store.refresh()).bySlug.get('a')?.title).toBe('初版标题');
    write('a.md', postText('修订标题', '2022-04-24'));
    expect((await store.refresh()).bySlug.get('a')?.title).toBe('修订标题');
  });

  it('notices an edit that keeps the size the same', async () => {
    write('a.md', postText('标题甲', '2022-04-24'));
    const store = openStore();
    await store.refresh();
    write('a.md', postText('标题乙', '2022-04-24'));
    expect((await store.refresh()).bySlug.get('a')?.title).toBe('标题乙');
  });

  it('drops a deleted file after refresh', async () => {
    write('a.md', postText('甲', '2022-04-24', 'categories: hongguan\n'));
    write('b.md', postText('乙', '2022-04-25'));
    const store = openStore();
    await store.refresh();
    fs.rmSync(path.join(dir, 'a.md'));
    const snapshot = await store.refresh();
    expect(snapshot.posts.map((post) => post.title)).toEqual(['乙']);
    expect(snapshot.bySlug.has('a')).toBe(false);
    expect(snapshot.byCategory.has('hongguan')).toBe(false);
  });

  it('serves the cached snapshot between checks', async () => {
    write('a.md', postText('甲', '2022-04-24'));
    const store = openStore();
    await store.getSnapshot();
    write('b.md', postText('乙', '2022-04-25'));
    expect((await store.getSnapshot()).posts).toHaveLength(1);
    expect((await store.refresh()).posts).toHaveLength(2);
  });

  it.each([
    ['invalid YAML', postText('坏了', '2022-04-24', 'tags: [没有闭合\n')],
    ['zero bytes', ''],
  ])('keeps the last good version of a post that turns into %s, and reports it', async (_, broken) => {
    write('a.md', postText('好版本', '2022-04-24', 'categories: hongguan\n'));
    const store = openStore();
    await store.refresh();
    write('a.md', broken);
    const snapshot = await store.refresh();
    expect(snapshot.bySlug.get('a')?.title).toBe('好版本');
    expect(snapshot.byCategory.get('hongguan')?.map((post) => post.title)).toEqual(['好版本']);
    expect(snapshot.issues.map((issue) => issue.path)).toEqual(['a.md']);
    expect(lines).toHaveLength(1);
    expect(fileOf(lines[0] ?? '')).toBe(path.join(dir, 'a.md'));

    write('a.md', postText('修好了', '2022-04-24'));
    const fixed = await store.refresh();
    expect(fixed.bySlug.get('a')?.title).toBe('修好了');
    expect(fixed.issues).toEqual([]);
  });

  it('logs a broken file again only after it changes', async () => {
    write('a.md', postText('甲', '24/04/2022'));
    const store = openStore();
    await store.refresh();
    await store.refresh();
    expect(lines).toHaveLength(1);
    write('a.md', postText('甲', '31/04/2022'));
    await store.refresh();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'31/04/2022'");
  });
});
