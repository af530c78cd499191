import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostStore, type Snapshot } from '../content/post-store';
import { decideRoute } from './routes';

let dir: string;
let snapshot: Snapshot;
const NOW = Date.UTC(2024, 0, 1);

function post(file: string, front: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), `---\n${front}\n---\n<p>正文。</p>\n`);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finews-routes-'));
  post('seed.md', 'title: 种子\ndate: 2022-04-24 16:31:15 +0800\ncategories: qingdaocaijingwang\ntags: 青岛财经网新闻');
  post('moved.md', 'title: 旧文\ndate: 2021-06-01 09:00:00 +0800\ncategories: hongguan\ntags: [利率]\nredirect_from: [/old/moved.html, /旧栏目/旧文.html]');
  post('future.md', 'title: 未来\ndate: 2030-01-01 09:00:00 +0800\ncategories: future-only\ntags: 未来');
  for (let i = 1; i <= 21; i += 1) post(`batch/b${i}.md`, `title: 批量${i}\ndate: 2020-02-${String(i).padStart(2, '0')}\ncategories: piliang\ntags: 批量 ${i % 2 ? '单数' : '双数'}`);
  snapshot = await createPostStore(dir, { log: () => {} }).refresh();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const decide = (pathname: string, tags: string[] = []) => decideRoute(snapshot, pathname, tags, NOW);

describe('decideRoute', () => {
  it('serves posts that exist and are visible, and nothing else under /posts', () => {
    expect(decide('/posts/seed')).toEqual({ action: 'serve' });
    expect(decide('/posts/nope')).toEqual({ action: 'missing' });
    expect(decide('/posts/future')).toEqual({ action: 'missing' });
  });

  it('serves list pages up to the last one', () => {
    expect(decide('/')).toEqual({ action: 'serve' });
    expect(decide('/page/2')).toEqual({ action: 'serve' });
    expect(decide('/page/3')).toEqual({ action: 'missing' });
    expect(decide('/category/piliang/page/2')).toEqual({ action: 'serve' });
    expect(decide('/category/piliang/page/3')).toEqual({ action: 'missing' });
    expect(decide('/tags/%E5%88%A9%E7%8E%87')).toEqual({ action: 'serve' });
    expect(decide('/tags/%E4%B8%8D%E5%AD%98%E5%9C%A8')).toEqual({ action: 'missing' });
    expect(decide('/category/future-only')).toEqual({ action: 'missing' });
    expect(decide('/page/abc')).toEqual({ action: 'missing' });
    expect(decide('/category')).toEqual({ action: 'missing' });
  });

  it('counts pages of a filtered list by the posts that match every tag', () => {
    expect(decide('/tags/%E6%89%B9%E9%87%8F/page/2', [])).toEqual({ action: 'serve' });
    expect(decide('/tags/%E6%89%B9%E9%87%8F/page/2', ['单数'])).toEqual({ action: 'missing' });
    expect(decide('/', ['单数', '双数'])).toEqual({ action: 'serve' });
    expect(decide('/page/2', ['单数', '双数'])).toEqual({ action: 'missing' });
  });

  it('redirects Jekyll permalinks and redirect_from paths to the article', () => {
    expect(decide('/qingdaocaijingwang/2022/04/24/seed.html')).toEqual({ action: 'redirect', to: '/posts/seed' });
    expect(decide('/old/moved.html')).toEqual({ action: 'redirect', to: '/posts/moved' });
    expect(decide('/%E6%97%A7%E6%A0%8F%E7%9B%AE/%E6%97%A7%E6%96%87.html')).toEqual({ action: 'redirect', to: '/posts/moved' });
    expect(decide('/future-only/2030/01/01/future.html')).toEqual({ action: 'serve' });
    expect(decide('/icon.svg')).toEqual({ action: 'serve' });
  });

  it('serves the feed of a category with visible posts and of no other', () => {
    expect(decide('/category/piliang/feed.xml')).toEqual({ action: 'serve' });
    expect(decide('/category/nope/feed.xml')).toEqual({ action: 'missing' });
    expect(decide('/category/future-only/feed.xml')).toEqual({ action: 'missing' });
    expect(decide('/category/piliang/page/2/feed.xml')).toEqual({ action: 'missing' });
    expect(decide('/tags/%E5%88%A9%E7%8E%87/feed.xml')).toEqual({ action: 'missing' });
    expect(decide('/feed.xml')).toEqual({ action: 'serve' });
    expect(decide('/feed.json')).toEqual({ action: 'serve' });
  });

  it('redirects page 1 of any list to the list itself, keeping its filter', () => {
    expect(decide('/page/1')).toEqual({ action: 'redirect', to: '/' });
    expect(decide('/category/piliang/page/1/')).toEqual({ action: 'redirect', to: '/category/piliang' });
    expect(decide('/tags/%E6%89%B9%E9%87%8F/page/1', ['单数'])).toEqual({ action: 'redirect', to: '/tags/%E6%89%B9%E9%87%8F?tag=%E5%8D%95%E6%95%B0' });
    expect(decide('/page/01')).toEqual({ action: 'missing' });
  });

  it('serves numbered child sitemaps only', () => {
    expect(decide('/sitemaps/1.xml')).toEqual({ action: 'serve' });
    // The sitemap route's own parser: children count from 1.
    expect(decide('/sitemaps/0.xml')).toEqual({ action: 'missing' });
    expect(decide('/sitemaps/a%20b')).toEqual({ action: 'missing' });
    expect(decide(`/sitemaps/${'x'.repeat(2000)}`)).toEqual({ action: 'missing' });
  });
});
