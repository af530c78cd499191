import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeLinks, rewriteHref, toLocalPath } from './links';
import { renderBody } from './render';

const LEGACY = ['finews.withounder.com'];

describe('rewriteHref: legacy-site links become internal', () => {
  it.each([
    ['//finews.withounder.com/category/qingdaocaijingwang.html', '/category/qingdaocaijingwang'],
    ['//finews.withounder.com/', '/'],
    ['//finews.withounder.com', '/'],
    ['//finews.withounder.com/index.html', '/'],
    ['http://finews.withounder.com/category/hongguan.html', '/category/hongguan'],
    ['https://finews.withounder.com/category/hongguan/', '/category/hongguan'],
    ['http://FINEWS.withounder.com/category/licai.html', '/category/licai'],
    ['//finews.withounder.com/qingdaocaijingwang/2022/04/24/jinggeng-zhiyuan.html', '/posts/jinggeng-zhiyuan'],
    ['https://finews.withounder.com/2023/02/14/xiaofei-fuhuo.html', '/posts/xiaofei-fuhuo'],
    ['//finews.withounder.com/tags/lilv.html', '/tags/lilv'],
    ['//finews.withounder.com/category/gushi.html#top', '/category/gushi#top'],
  ])('%s → %s', (href, expected) => {
    expect(rewriteHref(href, LEGACY)).toEqual({ href: expected, external: false });
  });

  it('treats the legacy host as external when the site does not list it', () => {
    expect(rewriteHref('//finews.withounder.com/', [])).toEqual({ href: 'https://finews.withounder.com/', external: true });
  });

  it('does not mistake a look-alike host for the legacy one', () => {
    expect(rewriteHref('//finews.withounder.com.evil.example/category/a.html', LEGACY)).toEqual({
      href: 'https://finews.withounder.com.evil.example/category/a.html',
      external: true,
    });
  });

  it.each(['https://finews.withounder.com//evil.example/x', 'https://finews.withounder.com/\\evil.example/x'])(
    'never turns a legacy link into one that leaves the site: %s',
    (href) => {
      const link = rewriteHref(href, LEGACY);
      // Browsers read a leading // or /\ as "another host".
      expect(link.external ? 'external' : link.href).not.toMatch(/^[/\\]{2}/);
    },
  );
});

describe('rewriteHref: other links', () => {
  it('gives other protocol-relative links https: and marks them external', () => {
    expect(rewriteHref('//finews.zning.xyz/html_News/NewsShare.html?infoCode=NW1', LEGACY)).toEqual({
      href: 'https://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW1',
      external: true,
    });
  });

  it('keeps absolute links to other sites as they are, external', () => {
    expect(rewriteHref('http://www.news.cn/fortune/a.htm', LEGACY)).toEqual({ href: 'http://www.news.cn/fortune/a.htm', external: true });
  });

  it.each(['/posts/jiuye', '../2022/09/01/jiuye.html', 'jiuye.html', '#zhengwen', '?page=2'])('keeps the relative link %s internal', (href) => {
    expect(rewriteHref(href, LEGACY)).toEqual({ href, external: false });
  });

  it('marks other schemes external', () => {
    expect(rewriteHref('mailto:tougao@example.cn', LEGACY).external).toBe(true);
  });
});

describe('toLocalPath', () => {
  it('keeps an unknown legacy page path without its .html', () => {
    expect(toLocalPath('/about.html')).toBe('/about');
  });

  it('drops the query string but keeps the fragment', () => {
    expect(toLocalPath('/category/gushi.html?from=nav#list')).toBe('/category/gushi#list');
  });
});

describe('rewriteHref: a link is internal only where a browser would keep it on the site', () => {
  // Browsers drop tabs and newlines from URLs and read a backslash as a slash.
  it.each([
    ['/\\evil.example/x', 'http://evil.example/x'],
    ['/\t/evil.example/', 'http://evil.example/'],
    ['/\n/evil.example/', 'http://evil.example/'],
    ['\\\\evil.example/x', 'http://evil.example/x'],
    ['/\\\tevil.example', 'http://evil.example/'],
  ])('%j is external, shown as %s', (href, shown) => {
    for (const resolve of [undefined, () => '/']) expect(rewriteHref(href, LEGACY, resolve)).toEqual({ href: shown, external: true });
  });

  it.each(['https://finews.withounder.com/\t/evil.example/', 'https://finews.withounder.com/\\evil.example/', '//finews.withounder.com/\n/evil.example/x'])(
    'keeps the legacy link %j on the site, with one leading slash',
    (href) => {
      const link = rewriteHref(href, LEGACY);
      expect(link.external).toBe(false);
      expect(new URL(link.href, 'https://finews.example.com/').origin).toBe('https://finews.example.com');
    },
  );

  it('resolves relative links against the site root when a resolver is given', () => {
    const seen: string[] = [];
    const resolve = (path: string) => (seen.push(path), path);
    for (const href of ['../emnews/', './', 'emnews/', '/category/a.html?x=1#top']) rewriteHref(href, LEGACY, resolve);
    expect(seen).toEqual(['/emnews/', '/', '/emnews/', '/category/a.html?x=1#top']);
  });
});

describe('rehypeLinks', () => {
  function toTree(href: string): Root {
    const link: Element = { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: '链接' }] };
    return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '前 ' }, link] }] };
  }

  it('opens a link that leaves the site in a new tab, without an opener', () => {
    const tree = toTree('/\\evil.example/x');
    rehypeLinks({ legacyHosts: LEGACY })(tree);
    expect(toHtml(tree)).toBe('<p>前 <a href="http://evil.example/x" target="_blank" rel="noopener noreferrer nofollow">链接</a></p>');
  });

  // Chromium opens these in a blank tab it marks blocked: a link that goes nowhere is no link.
  it.each(['https:/%5Cevil.example/md', 'https://finews.withounder.com:99999/', '//[evil.example/', 'http://evil.example%00/'])(
    'keeps the words of %j but not the link, which no browser can follow',
    (href) => {
      const tree = toTree(href);
      rehypeLinks({ legacyHosts: LEGACY, resolve: () => '/' })(tree);
      expect(toHtml(tree)).toBe('<p>前 链接</p>');
    },
  );
});

describe('links the sanitizer left without an href', () => {
  it('keeps the words of a mixed-case scheme link, with no href to follow', () => {
    const tree = renderBody('前 [链接](HtTpS://evil.example/x) 后\n\n<a href="HTTPS://evil.example/y">另一个</a>', { legacyHosts: LEGACY }).tree;
    const html = toHtml(tree);
    expect(html).toContain('前 <a>链接</a> 后');
    expect(html).toContain('<a>另一个</a>');
    expect(html).not.toContain('evil.example');
  });
});
