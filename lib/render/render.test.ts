import { decodeHTML } from 'entities';
import matter from 'gray-matter';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { seedText } from '../__fixtures__/seed';
import { renderBody, type RenderOptions } from './render';

const LEGACY = { legacyHosts: ['finews.withounder.com'] };
const SEED_SOURCE = 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202204242355235057';

function render(markdown: string, options: RenderOptions = LEGACY) {
  const result = renderBody(markdown, options);
  return { ...result, html: toHtml(result.tree) };
}

describe('renderBody: the seed post', () => {
  const seed = render(matter(seedText, {}).content);

  it('keeps its paragraphs, bold subheadings and em_media source line', () => {
    expect(seed.html).toContain('<p>从街边小摊贩到1亿大军');
    // 16 body paragraphs and the navigation line; the bare source link is gone.
    expect(seed.html.match(/<p>/g)).toHaveLength(17);
    expect(seed.html).toContain('<p><strong>渗透小微的数字普惠金融</strong></p>');
    expect(seed.html).toContain('<p class="em_media">（文章来源：青岛财经网）</p>');
  });

  it('moves the bare source link out of the body into result.source', () => {
    expect(seed.source).toBe(SEED_SOURCE);
    expect(seed.html).not.toContain('finews.zning.xyz');
    expect(seed.html).not.toContain('NW202204242355235057');
  });

  it('points the navigation line at this site', () => {
    expect(seed.html).toContain('<a href="/category/qingdaocaijingwang">返回青岛财经网新闻</a>');
    expect(seed.html).toContain('<a href="/">返回首页</a>');
    expect(seed.html).not.toContain('withounder');
  });

  it('estimates its reading time from the text', () => {
    expect(seed.readingMinutes).toBe(4);
  });
});

describe('renderBody: source link', () => {
  it('lets the front-matter source win over a different bare URL, which stays in the body', () => {
    const result = render('正文。\n\n<https://a.example.cn/x>\n', { ...LEGACY, source: 'https://b.example.cn/y' });
    expect(result.source).toBe('https://b.example.cn/y');
    expect(result.html).toContain('https://a.example.cn/x');
  });

  it('does not repeat a bare URL that matches the front-matter source', () => {
    const result = render('正文。\n\n<https://a.example.cn/x>\n', { ...LEGACY, source: 'https://a.example.cn/x' });
    expect(result.source).toBe('https://a.example.cn/x');
    expect(result.html).toBe('<p>正文。</p>\n');
  });

  it('treats a plain URL line at the end as the source too', () => {
    const result = render('正文。\n\nhttps://a.example.cn/x\n');
    expect(result.source).toBe('https://a.example.cn/x');
    expect(result.html).not.toContain('a.example.cn');
  });

  it('leaves a link in the middle of the text where it is', () => {
    const result = render('详见 <https://a.example.cn/x> 全文。\n\n结尾一段。\n');
    expect(result.source).toBeUndefined();
    expect(result.html).toContain('href="https://a.example.cn/x"');
  });
});

describe('renderBody: links and images', () => {
  it('opens external links in a new tab without leaking the page', () => {
    const { html } = render('[新华网](https://www.news.cn/) 与 [旧站外链](//other.example.cn/a)');
    expect(html).toContain('<a href="https://www.news.cn/" target="_blank" rel="noopener noreferrer nofollow">新华网</a>');
    expect(html).toContain('<a href="https://other.example.cn/a" target="_blank" rel="noopener noreferrer nofollow">旧站外链</a>');
  });

  it('keeps a sentence whole around an inline stock link: no host text is added to it', () => {
    const { html } = render('<p>昨日<span id="stock_0.300750"><a href="http://quote.eastmoney.com/unify/r/0.300750" class="keytip" data-code="0,300750">宁德时代</a></span><span id="quote_0.300750"></span>股价上涨。</p>');
    expect(html.replace(/<[^>]+>/g, '')).toBe('昨日宁德时代股价上涨。');
    expect(html).toMatch(/<a href="http:\/\/quote\.eastmoney\.com\/unify\/r\/0\.300750"[^>]* target="_blank" rel="noopener noreferrer nofollow">宁德时代<\/a>/);
  });

  it('reads a link destination with spaces as the link the old site meant, not as text', () => {
    const { html } = render('[返回21世纪 经济APP新闻](//finews.withounder.com/category/21shiji jingjiAPP.html)｜[返回首页](../)');
    expect(html).toBe('<p><a href="/category/21shiji%20jingjiAPP">返回21世纪 经济APP新闻</a>｜<a href="../">返回首页</a></p>');
  });

  it('keeps internal links in the same tab', () => {
    const { html } = render('[站内](/about) 与 [旧文](//finews.withounder.com/gushi/2023/07/05/agu-bankuai.html) 与 <a href="/x" target="_blank">新窗</a>');
    expect(html).toContain('<a href="/about">站内</a>');
    expect(html).toContain('<a href="/posts/agu-bankuai">旧文</a>');
    expect(html).toContain('<a href="/x">新窗</a>');
  });

  it('never renders a legacy link as an internal link to another host', () => {
    const { html } = render('[旧站](https://finews.withounder.com//evil.example/x)');
    expect(html).not.toMatch(/href="[/\\]{2}/);
  });

  it('loads images lazily without a referrer and with alt text', () => {
    const { html } = render('![央行大楼](https://img.example.cn/a.jpg)\n\n<img src="https://img.example.cn/b.jpg">');
    expect(html).toContain('<img src="https://img.example.cn/a.jpg" alt="央行大楼" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
    expect(html).toMatch(/<img src="https:\/\/img\.example\.cn\/b\.jpg"[^>]* alt=""/);
    expect(html.match(/loading="lazy"/g)).toHaveLength(2);
    expect(html.match(/referrerpolicy="no-referrer"/g)).toHaveLength(2);
  });
});

describe('renderBody: Markdown features', () => {
  it('wraps a GFM table in a scrolling region', () => {
    const { html } = render('| 指标 | 数值 |\n| --- | ---: |\n| GDP | 5.2% |\n');
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0" role="region" aria-label="表格"><table>/);
    expect(html).toContain('<th>指标</th>');
    expect(html).toContain('<td align="right">5.2%</td>');
    expect(html).toMatch(/<\/table><\/div>$/);
  });

  it('gives task-list checkboxes an accessible name', () => {
    const { html } = render('- [x] 已发布季报\n- [ ] 待发布年报\n');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="已完成"> 已发布季报');
    expect(html).toContain('<input type="checkbox" disabled aria-label="未完成"> 待发布年报');
  });

  it('keeps headings, lists, blockquotes, emphasis and strikethrough', () => {
    const { html } = render('## 市场概览\n\n> 利率下行\n\n- 沪指\n- 深成指\n\n1. 第一\n2. 第二\n\n*强调* **加粗** ~~删除~~\n');
    expect(html).toContain('<h2>市场概览</h2>');
    expect(html).toContain('<blockquote>\n<p>利率下行</p>\n</blockquote>');
    expect(html).toContain('<ul>\n<li>沪指</li>\n<li>深成指</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>第一</li>\n<li>第二</li>\n</ol>');
    expect(html).toContain('<em>强调</em> <strong>加粗</strong> <del>删除</del>');
  });

  it('keeps raw HTML paragraphs and line breaks', () => {
    expect(render('<p>第一行<br>第二行</p>').html).toBe('<p>第一行<br>第二行</p>');
  });

  it('counts reading minutes from the rendered text', () => {
    expect(render(`<p>${'财'.repeat(1200)}</p>`).readingMinutes).toBe(3);
  });
});

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x:alert(alt)" onerror="eval(src)" alt="0">',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">点击</a>',
  '<a href="JaVaScRiPt:alert(1)">点击</a>',
  '<a href="&#106;avascript:alert(1)">点击</a>',
  '<a href="&#x6A;avascript&#x3A;alert(1)">点击</a>',
  '<a href="javascript&colon;alert(1)">点击</a>',
  '<a href="java\tscript:alert(1)">点击</a>',
  '<a href=" javascript:alert(1)">点击</a>',
  '<a href="data:text/html,<script>alert(1)</script>">点击</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">点击</a>',
  '<a href="vbscript:msgbox(1)">点击</a>',
  '[点击](javascript:alert(1))',
  '[点击](JAVASCRIPT:alert(1))',
  '[点击][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![图](javascript:alert(1))',
  '<img src="javascript:alert(1)">',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/steal"><input name="q"><button formaction="javascript:alert(1)">提交</button></form>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body{display:none}</style>',
  '<p style="color:red">红色</p>',
  '<div style="background:url(javascript:alert(1))">背景</div>',
  '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
  '<details open ontoggle=alert(1)><summary>摘要</summary>内容</details>',
  '<input onfocus=alert(1) autofocus>',
  '<textarea autofocus onfocus=alert(1)>文本</textarea>',
  '<marquee onstart=alert(1)>滚动</marquee>',
  '<body onload=alert(1)>正文</body>',
  '<video><source onerror="alert(1)"></video>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<table background="javascript:alert(1)"><tr><td>格</td></tr></table>',
  '<a href="https://example.cn/" onclick="alert(1)" onmouseover="alert(2)">链接</a>',
];

const FORBIDDEN_TAGS = ['script', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'style', 'link', 'svg', 'math', 'frame', 'applet'];
const FORBIDDEN_ATTRIBUTES = /^(on[a-z]+|style|action|formaction|srcdoc|background)$/i;

// Reads tags the way a browser would, so a quoted attribute value holding "<img onerror>" is not mistaken for a tag.
const TAG = /<([a-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function toTags(html: string): { name: string; attributes: [string, string][] }[] {
  return [...html.matchAll(TAG)].map(([, name = '', attributes = '']) => ({
    name: name.toLowerCase(),
    attributes: [...attributes.matchAll(ATTRIBUTE)].map(([, key = '', a, b, c]) => [key.toLowerCase(), decodeHTML(a ?? b ?? c ?? '')]),
  }));
}

describe('renderBody: sanitizing', () => {
  it('has a long list of attacks to try', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(XSS_PAYLOADS)('renders %s harmlessly', (payload) => {
    const { html } = render(`正文开头。\n\n${payload}\n\n正文结尾。`);
    const tags = toTags(html);
    expect(tags.length).toBeGreaterThanOrEqual(2);
    for (const { name, attributes } of tags) {
      expect(FORBIDDEN_TAGS).not.toContain(name);
      for (const [key, value] of attributes) {
        expect(key).not.toMatch(FORBIDDEN_ATTRIBUTES);
        if (key === 'href' || key === 'src') expect(value.replace(/[\s\u0000-\u001f]/g, '')).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    }
    expect(html).toContain('<p>正文开头。</p>');
    expect(html).toContain('正文结尾。');
  });

  it('keeps the text of a stripped tag out of the page, not just the tag', () => {
    const { html } = render('<script>window.广告 = 1</script><style>.广告{}</style>正文');
    expect(html).not.toContain('广告');
    expect(html).toContain('正文');
  });

  it('keeps the text inside harmless unknown tags', () => {
    expect(render('<p><font color="red">红字</font></p>').html).toBe('<p>红字</p>');
  });
});

describe('in-page links', () => {
  it('footnote references and back-links point at ids that exist', () => {
    const html = toHtml(renderBody('正文[^1]。\n\n[^1]: 注释内容。\n', { legacyHosts: [] }).tree);
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(ids.has(href)).toBe(true);
    expect(html).toContain('注释');
  });

  it('a link to a heading anchor reaches the heading', () => {
    const html = toHtml(renderBody('[跳到结尾](#end)\n\n<h2 id="end">结尾</h2>\n', { legacyHosts: [] }).tree);
    expect(html).toContain('href="#user-content-end"');
    expect(html).toContain('id="user-content-end"');
  });
});
