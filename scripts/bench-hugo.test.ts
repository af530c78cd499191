import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureHugo } from './bench-hugo.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-hugo-'));
const hasHugo = spawnSync('hugo', ['version']).status === 0;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writePosts(dir: string) {
  mkdirSync(path.join(dir, '2022', '04'), { recursive: true });
  writeFileSync(path.join(dir, '_site.yml'), 'title: 测试\ntimezone: Asia/Shanghai\ncategories:\n  gushi: 股市动态\n');
  writeFileSync(path.join(dir, '2022', '04', '2022-04-24-one.md'), '---\ntitle: 一\ndate: 2022-04-24 16:31:15 +0800\ncategories: gushi\ntags: A股 ETF\n---\n<p class="x">raw</p>\n');
  writeFileSync(path.join(dir, '2022', '04', '2022-04-25-two.md'), '---\ntitle: 二\ndate: 2022-4-25 9:05\ncategory: gushi\ntags: [no]\n---\n*md*\n');
  writeFileSync(path.join(dir, '2022', '04', 'broken.md'), '---\ntitle: 坏\ndate: 24/04/2022\n---\nx\n');
}

describe('measureHugo', () => {
  it('resolves to undefined when hugo is not on PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = scratch;
    try {
      expect(await measureHugo({ postsDir: scratch, workDir: path.join(scratch, 'unused') })).toBeUndefined();
    } finally {
      process.env.PATH = saved;
    }
  });

  it.skipIf(!hasHugo)('builds the posts with Hugo and names the file it left out', async () => {
    const postsDir = path.join(scratch, 'posts');
    const workDir = path.join(scratch, 'site');
    writePosts(postsDir);
    const result = await measureHugo({ postsDir, workDir, runs: 1 });
    expect(result).toMatchObject({ posts: 2, pages: 2, issues: ["2022/04/broken.md: date '24/04/2022' is not a Jekyll date"] });
    expect(result?.fullBuildMs).toHaveLength(1);
    expect(result?.publishOneMs).toHaveLength(1);
    const one = readFileSync(path.join(workDir, 'public', 'posts', 'one', 'index.html'), 'utf8');
    expect(one).toContain('<p class="x">raw</p>');
    expect(one).toContain('datetime="2022-04-24T16:31:15&#43;08:00"');
    expect(one).toContain('href="/tags/etf/"');
    const two = readFileSync(path.join(workDir, 'public', 'posts', 'two', 'index.html'), 'utf8');
    expect(two).toContain('datetime="2022-04-25T09:05:00&#43;08:00"');
    expect(two).toContain('href="/category/gushi/">股市动态</a>');
    expect(two).toContain('href="/tags/no/"');
  });

  it.skipIf(!hasHugo)('refuses a non-empty folder it did not make', async () => {
    const workDir = path.join(scratch, 'foreign');
    mkdirSync(workDir, { recursive: true });
    writeFileSync(path.join(workDir, 'keep.txt'), 'mine');
    await expect(measureHugo({ postsDir: scratch, workDir })).rejects.toThrow('refusing to build a Hugo site');
  });
});
