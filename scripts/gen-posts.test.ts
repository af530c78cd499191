import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePost } from '../lib/front-matter';
import { renderBody } from '../lib/render';
import { parseSiteConfig } from '../lib/site';
import type { Post } from '../lib/types';

const SCRIPT = path.join(import.meta.dirname, 'gen-posts.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'gen-posts-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function generate(dir: string, count: number, seed: number) {
  const result = spawnSync(process.execPath, [SCRIPT, dir, String(count), '--seed', String(seed)], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, by path relative to it, with its bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

function postFiles(files: Map<string, Buffer>): [string, string][] {
  return [...files].filter(([name]) => name.endsWith('.md')).map(([name, bytes]) => [name, bytes.toString('utf8')]);
}

const first = path.join(scratch, 'a');
const second = path.join(scratch, 'b');
const other = path.join(scratch, 'c');
const runs = [generate(first, 50, 7), generate(second, 50, 7), generate(other, 50, 8)];
const tree = readTree(first);
const siteText = tree.get('_site.yml')?.toString('utf8');
const { site, problems } = parseSiteConfig(siteText);

const posts: Post[] = postFiles(tree).map(([name, text]) => {
  const result = parsePost(name, text, site);
  if (!result.ok) throw new Error(`${name}: ${result.issue?.reason ?? "a Jekyll page"}`);
  return result.post;
});

describe('gen-posts: determinism', () => {
  it('exits cleanly and reports the bytes written', () => {
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/wrote 50 posts .*\(\d+ bytes\) in [\d.]+ s/);
    }
  });

  it('writes byte-identical folders for the same seed and count', () => {
    const again = readTree(second);
    expect([...again.keys()].sort()).toEqual([...tree.keys()].sort());
    for (const [name, bytes] of tree) expect(again.get(name)?.equals(bytes), name).toBe(true);
  });

  it('writes something else for another seed', () => {
    const different = readTree(other);
    const sameNames = [...different.keys()].filter((name) => name.endsWith('.md') && tree.has(name));
    expect(sameNames.length).toBeLessThan(5);
    expect(different.get('_site.yml')?.equals(tree.get('_site.yml') ?? Buffer.alloc(0))).toBe(false);
  });
});

describe('gen-posts: every post reads back through the project parser', () => {
  it('writes 50 posts and a _site.yml the site accepts', () => {
    expect(posts).toHaveLength(50);
    expect(problems).toEqual([]);
    expect(site.timezone).toBe('Asia/Shanghai');
    expect(site.legacyHosts).toEqual(['finews.withounder.com']);
    expect(Object.keys(site.categories).length).toBeGreaterThanOrEqual(10);
    expect(site.categories).toMatchObject({ qingdaocaijingwang: '青岛财经网', hongguan: '宏观经济', gushi: '股市动态', licai: '理财' });
  });

  it('gives each post a title, one known category, one to three tags and a past date', () => {
    const earliest = Date.UTC(2019, 0, 1) - 8 * 3600_000;
    for (const post of posts) {
      expect(post.title.length, post.path).toBeGreaterThan(5);
      expect(post.categories, post.path).toHaveLength(1);
      expect(Object.keys(site.categories), post.path).toContain(post.categories[0]);
      expect(post.tags.length, post.path).toBeGreaterThanOrEqual(1);
      expect(post.tags.length, post.path).toBeLessThanOrEqual(3);
      expect(post.hasTime, post.path).toBe(true);
      expect(post.date, post.path).toBeGreaterThanOrEqual(earliest);
      expect(post.date, post.path).toBeLessThan(Date.now());
    }
  });

  it('keeps each body between 2 and 12 KB and each slug unique', () => {
    for (const post of posts) {
      const bytes = Buffer.byteLength(post.body);
      expect(bytes, post.path).toBeGreaterThanOrEqual(2 * 1024);
      expect(bytes, post.path).toBeLessThanOrEqual(12 * 1024);
    }
    expect(new Set(posts.map((post) => post.slug)).size).toBe(posts.length);
  });

  it('names files by their date and spreads them over folders and years', () => {
    for (const post of posts) {
      const name = post.path.slice(post.path.lastIndexOf('/') + 1);
      expect(name, post.path).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+-\d+\.md$/);
      expect(tree.get(post.path)?.toString('utf8'), post.path).toContain(`date: ${name.slice(0, 10)} `);
    }
    expect(posts.some((post) => !post.path.includes('/'))).toBe(true);
    expect(posts.some((post) => /^\d{4}\/\d{2}\//.test(post.path))).toBe(true);
    expect(new Set(posts.map((post) => new Date(post.date).getUTCFullYear())).size).toBeGreaterThanOrEqual(4);
  });

  it('writes tags both as a YAML list and as a space-separated string', () => {
    const texts = postFiles(tree).map(([, text]) => text);
    expect(texts.some((text) => /^tags:\n {2}- /m.test(text))).toBe(true);
    expect(texts.some((text) => /^tags: [^[\n]+$/m.test(text))).toBe(true);
  });

  it('ends each body like the seed, with blank lines around the bare source URL', () => {
    for (const post of posts) {
      expect(post.body, post.path).toMatch(
        /^<p>[^\n]+<\/p>\n( <p>[^\n]+<\/p>\n)* <p>[^\n]+<\/p><p class="em_media">（文章来源：[^\n]+）<\/p>\n\n<http:\/\/finews\.zning\.xyz\/html_News\/NewsShare\.html\?infoCode=NW\d{18}>\n\n\[返回[^\n]+新闻\]\(\/\/finews\.withounder\.com\/category\/[a-z]+\.html\)｜\[返回首页\]\(\/\/finews\.withounder\.com\/\)$/,
      );
    }
  });

  it('renders each body with its source link taken out and the navigation pointing at this site', () => {
    for (const post of posts) {
      const rendered = renderBody(post.body, { legacyHosts: site.legacyHosts });
      const html = toHtml(rendered.tree);
      expect(rendered.source, post.path).toMatch(/^http:\/\/finews\.zning\.xyz\//);
      expect(html, post.path).toContain(`<a href="/category/${post.categories[0]}">`);
      expect(html, post.path).toContain('<a href="/">返回首页</a>');
      expect(html, post.path).toContain('<p class="em_media">');
      expect(html, post.path).not.toContain('withounder');
    }
  });
});

describe('gen-posts: reusing a folder', () => {
  it('skips a folder that already holds the same corpus', () => {
    const run = generate(first, 50, 7);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('cached');
  });

  it('replaces only its own files when the seed or count changes', () => {
    const dir = path.join(scratch, 'reuse');
    generate(dir, 20, 1);
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    const run = generate(dir, 10, 2);
    expect(run.status).toBe(0);
    const files = readTree(dir);
    expect(files.get('notes.txt')?.toString('utf8')).toBe('kept');
    expect(postFiles(files)).toHaveLength(10);
    expect(files.get('.gen-stamp')?.toString('utf8')).toContain('"seed":2');
  });

  it('refuses a non-empty folder it did not write', () => {
    const dir = path.join(scratch, 'foreign');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'post.md'), '---\ntitle: 手写\n---\n正文');
    const run = generate(dir, 5, 1);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refusing');
    expect(readTree(dir).has('post.md')).toBe(true);
  });

  it('rejects a bad count', () => {
    const run = generate(path.join(scratch, 'bad'), 0, 1);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage');
  });
});
