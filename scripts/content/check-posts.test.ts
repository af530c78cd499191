import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostStore, type Snapshot } from '../../lib/content/post-store';

const ROOT = path.join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'check-malformed-'));
const posts = path.join(scratch, 'posts');
const outside = path.join(scratch, 'outside');

// What `npm run check` says about each malformed file; the others render.
const LEFT_OUT: [string, string][] = [
  ['big-post.md', 'file is 11,535,386 bytes; posts over 10,485,760 bytes (10 MB) are left out'],
  ['binary.md', 'file is not valid UTF-8: it looks like binary data, not a post'],
  ['date-feb-30.md', "date '2022-02-30' is not a Jekyll date: 2022-02 has no day 30"],
  ['date-offset-99.md', "date '2021-12-29 10:00:00 +99:00' is not a Jekyll date: the offset +99:00 is outside ±14:00"],
  ['date-year-10000.md', "date '10000-01-01' is not a Jekyll date: the year has more than four digits"],
  ['dup-slug-b.md', "slug 'chongfu-wangzhi' is already used by malformed/dup-slug-a.md"],
  ['empty.md', 'note: empty file, not a post'],
  ['gbk.md', 'file is not valid UTF-8: it reads as GBK/GB18030 Chinese; save it as UTF-8'],
  ['invalid-yaml.md', 'invalid YAML front matter: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line at line 2, column 12'],
  ['linked-folder', 'note: symbolic link, not followed'],
  ['many-tags.md', 'note: title is 407 characters, shown cut to 300; 60 tags, only the first 50 are kept'],
  ['slug-dots.md', "slug '..' is only dots, which browsers drop from a URL"],
  ['slug-percent.md', "slug '增长5%' contains %, which its URL cannot carry unambiguously"],
  ['slug-slash.md', "slug '年报/全文' contains / \\ ? or #"],
  ['symlink-outside.md', 'note: symbolic link, not followed'],
  ['unclosed-front-matter.md', 'front matter is not closed: no --- line after the first one'],
];

const RENDERED: [string, string, string][] = [
  ['bom.md', 'bom', '开头带字节顺序标记的文章'],
  ['crlf.md', 'crlf', 'Windows 换行符的文章'],
  ['many-tags.md', 'many-tags', `标题超长的文章${'长'.repeat(293)}…`],
  ['dup-slug-a.md', 'chongfu-wangzhi', '重复网址里排在前面的文章'],
  ['slug-space.md', '年终 总结', '网址名里有空格的文章'],
];

let check: { status: number | null; lines: string[] };
let snapshot: Snapshot;

beforeAll(async () => {
  cpSync(path.join(ROOT, 'e2e', 'fixtures', 'malformed'), path.join(posts, 'malformed'), { recursive: true });
  const extras = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'test', 'write-malformed-posts.mjs'), path.join(posts, 'malformed'), outside]);
  expect(extras.status).toBe(0);
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/content/check-posts.ts', posts], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  check = { status: run.status, lines: run.stdout.trim().split('\n') };
  snapshot = await createPostStore(posts, { log: () => {} }).refresh();
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run check on a folder of malformed files', () => {
  it('prints one line per file it leaves out, in path order, then the totals, and fails', () => {
    expect(check.lines).toEqual([
      ...LEFT_OUT.map(([file, reason]) => `${posts}/malformed/${file}: ${reason}`),
      `${RENDERED.length} posts, ${LEFT_OUT.filter(([, reason]) => !reason.startsWith('note:')).length} problems, ${LEFT_OUT.filter(([, reason]) => reason.startsWith('note:')).length} note(s) in ${posts}`,
    ]);
    expect(check.status).toBe(1);
  });

  it('never follows a symbolic link out of the folder, to a file or a folder', () => {
    const links = check.lines.filter((line) => /symlink-outside|linked-folder|secret-post/.test(line));
    expect(links.map((line) => line.slice(line.indexOf(': ') + 2))).toEqual(['note: symbolic link, not followed', 'note: symbolic link, not followed']);
    expect(snapshot.posts.map((post) => post.title)).not.toContain('文件夹外面的秘密文章');
  });
});

describe('the index of the same folder', () => {
  it.each(RENDERED)('serves %s at slug %j with its title', (file, slug, title) => {
    expect(snapshot.bySlug.get(slug)).toMatchObject({ path: `malformed/${file}`, title });
  });

  it('serves nothing else', () => {
    expect(snapshot.posts.map((post) => post.path).sort()).toEqual(RENDERED.map(([file]) => `malformed/${file}`).sort());
  });

  it('reads the body of a CRLF post and a post after a byte-order mark', async () => {
    const store = createPostStore(posts, { log: () => {} });
    await store.refresh();
    for (const slug of ['bom', 'crlf']) {
      const summary = snapshot.bySlug.get(slug);
      if (!summary) throw new Error(`no post '${slug}'`);
      expect((await store.readPost(summary))?.body).toMatch(/^<p>[^<]+照样应当正常显示。<\/p>\r?\n$/);
    }
  });
});
