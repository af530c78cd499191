import { describe, expect, it } from 'vitest';
import { parsePost } from '../../lib/content/front-matter';
import { parseSiteConfig } from '../../lib/site/site';
import {
  classifyArticle,
  createRng,
  formatJekyllDate,
  parseArticle,
  parsePpid,
  parseSitemapPaths,
  parseVmRssKb,
  toEndMarker,
  toErrorLines,
  toSoakPath,
  toSoakPost,
  toSplitOffset,
} from './lib';

const { site } = parseSiteConfig(undefined);
const DATE = Date.UTC(2025, 5, 1, 2, 3, 4);
const text = toSoakPost(12, 3, DATE);
const bytes = Buffer.from(text, 'utf8');

function page(title: string, body: string, extra = ''): string {
  return `<html><head><title>${title}</title></head><body><h1 class="mt-2">${title}</h1>${body}${extra}</body></html>`;
}

describe('toSoakPost', () => {
  it('writes a post the project parser accepts, with slug, title, category, tags and a past date', () => {
    const result = parsePost(toSoakPath(12), text, site);
    if (!result.ok) throw new Error(result.issue?.reason ?? "a Jekyll page");
    expect(result.post).toMatchObject({ slug: 'soak-12', title: '浸泡测试 12 v3', categories: ['soak'], tags: ['浸泡', '测试'], date: DATE });
    expect(result.post.body.trimEnd().endsWith(`<p>${toEndMarker(12, 3)}</p>`)).toBe(true);
  });

  it('keeps the end marker out of the excerpt', () => {
    const result = parsePost(toSoakPath(12), text, site);
    expect(result.ok && result.post.excerpt.includes(toEndMarker(12, 3))).toBe(false);
  });

  it('formats dates in China time', () => {
    expect(formatJekyllDate(Date.UTC(2025, 11, 31, 20, 0, 5))).toBe('2026-01-01 04:00:05 +0800');
  });
});

describe('toSplitOffset', () => {
  const bodyStart = Buffer.byteLength(text.slice(0, text.indexOf('\n---\n') + 5));
  const randoms = [0, 0.1, 0.37, 0.5, 0.81, 0.999];

  it('cuts a front-matter write before the closing fence is complete', () => {
    for (const r of randoms) {
      const cut = toSplitOffset(text, 'front-matter', r);
      expect(cut).toBeGreaterThanOrEqual(4);
      expect(cut).toBeLessThan(bodyStart);
    }
  });

  it('cuts a body write after the front matter and before the end marker', () => {
    for (const r of randoms) {
      const cut = toSplitOffset(text, 'body', r);
      expect(cut).toBeGreaterThanOrEqual(bodyStart);
      expect(bytes.subarray(0, cut).toString('utf8')).not.toContain('结束标记-');
    }
  });
});

describe('parseArticle and classifyArticle', () => {
  const done = new Set([1, 2, 3]);
  const marker = (v: number) => `<p>${toEndMarker(12, v)}</p>`;

  it('reads the title version from the h1 and every end marker version of this post only', () => {
    const html = page('浸泡测试 12 v3', marker(3), `<a>浸泡测试 1 v9</a><p>${toEndMarker(1, 9)}</p><script>"${toEndMarker(12, 3)}"</script>`);
    expect(parseArticle(html, 12)).toEqual({ titleVersion: 3, endVersions: [3], degraded: false, errorPage: false });
    expect(parseArticle(page('浸泡测试 12 v3', ''), 1).titleVersion).toBeUndefined();
  });

  it('passes a complete version and fails a missing marker, a mixed page and an unfinished version', () => {
    expect(classifyArticle(parseArticle(page('浸泡测试 12 v3', marker(3)), 12), done)).toBe('ok');
    expect(classifyArticle(parseArticle(page('浸泡测试 12 v3', '<p>前半段</p>'), 12), done)).toBe('no-end-marker');
    expect(classifyArticle(parseArticle(page('浸泡测试 12 v3', marker(2)), 12), done)).toBe('mixed-versions');
    expect(classifyArticle(parseArticle(page('浸泡测试 12 v3', marker(3) + marker(2)), 12), done)).toBe('mixed-versions');
    expect(classifyArticle(parseArticle(page('浸泡测试 12 v4', marker(4)), 12), done)).toBe('unfinished-version');
    expect(classifyArticle(parseArticle(page('别的标题', marker(3)), 12), done)).toBe('no-title');
  });

  it('tells a degraded page and an error page apart', () => {
    expect(classifyArticle(parseArticle(page('浸泡测试 12 v3', '<p>正文正在更新，这里先显示摘要。</p>'), 12), done)).toBe('degraded');
    expect(classifyArticle(parseArticle(page('浸泡测试 12 v3', '<h2>页面暂时无法显示</h2>'), 12), done)).toBe('error-page');
  });

  it('does not read a cut number as another version', () => {
    expect(parseArticle(page('浸泡测试 12 v3', '<p>结束标记-12-v1'), 12).endVersions).toEqual([]);
    expect(parseArticle(page('浸泡测试 12 v31', marker(31)), 12)).toMatchObject({ titleVersion: 31, endVersions: [31] });
  });
});

describe('small parsers', () => {
  it('reads sitemap paths, decoding entities and percent-encoding kept', () => {
    const xml = '<urlset><url><loc>http://localhost:3000/tags/%E5%9F%BA%E9%87%91</loc></url><url><loc>http://x/search?a=1&#38;b=2</loc></url></urlset>';
    expect(parseSitemapPaths(xml)).toEqual(['/tags/%E5%9F%BA%E9%87%91', '/search?a=1&b=2']);
  });

  it('reads VmRSS and the parent pid', () => {
    expect(parseVmRssKb('Name:\tnode\nVmRSS:\t  123456 kB\n')).toBe(123456);
    expect(parseVmRssKb('Name:\tkthreadd\n')).toBeUndefined();
    expect(parsePpid('4242 (next-server (v16)) S 4200 4242 4242 0 -1')).toBe(4200);
  });

  it('keeps error lines of the server log and drops the index notes about posts', () => {
    const log = [
      '.soak/posts/soak/soak-3.md: invalid YAML front matter: Error at line 2',
      ' ⨯ Error: boom',
      '    at render (page.js:1:2)',
      '   ▲ Next.js 16.4.6',
      'Failed to proxy http://localhost:3000/__missing Error: read ECONNRESET',
      "  code: 'ECONNRESET',",
      'Error: soak-4.md: body failed to render',
    ].join('\n');
    expect(toErrorLines(log, '.soak/posts')).toEqual([
      ' ⨯ Error: boom',
      'Failed to proxy http://localhost:3000/__missing Error: read ECONNRESET',
      'Error: soak-4.md: body failed to render',
    ]);
  });

  it('draws the same numbers in [0, 1) for the same seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
