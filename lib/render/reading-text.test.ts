import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedText } from '../__fixtures__/seed';
import { toExcerpt, toPlainText } from './excerpt';
import { splitFrontMatter } from '../content/front-matter';
import { toReadingText } from './reading-text';
import { renderBody } from './render';

const ROOT = path.join(import.meta.dirname, '..', '..');
// 200 posts of the generator's real-archive shape, written once for this file.
const GENERATED = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reading-text-')), 'site');
spawnSync(process.execPath, [path.join(ROOT, 'scripts/content/gen-posts.mjs'), GENERATED, '200', '--seed', '5', '--shape', 'jekyll']);

function postFiles(dir: string): string[] {
  const full = path.resolve(ROOT, dir);
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown|html|txt)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Bodies shaped like the real archive's: eastmoney HTML, digests, Markdown lists, navigation lines. */
const SHAPES: [string, string][] = [
  ['seed', splitFrontMatter(seedText)?.body ?? ''],
  ['emnews', '> 沪指午后翻红。\n\n<p style="display:none;height:1px;overflow:hidden;"><br /></p><!-- EM_StockImg_Start --><p style="text-align:center;"><a href="http://quote.eastmoney.com/unify/r/1.600000" class="EmImageRemark" target="_blank"><img src="https://k.example/GetPic.aspx?nid=1.600000&imageType=k" alt="K图 600000_0" /></a></p><!-- EM_StockImg_End --><p><strong>券商板块走强</strong></p><p>午后<span id="stock_1.600000"><a href="http://quote.eastmoney.com/unify/r/1.600000" class="keytip" data-code="1,600000">某某股份</a></span><span id="quote_1.600000"></span>快速拉升，&lt;协定&gt;相关个股跟涨。</p><p class="em_media">（文章来源：本网综合）</p>\n\n<http://finance.eastmoney.com/news/1344,202205302396500001.html>\n\n[返回东财滚动新闻](../emnews/)\n[返回首页](../)'],
  ['digest', '离岸人民币兑美元小幅走高，日内涨幅扩大至百余点。\n\n<http://finance.eastmoney.com/news/1344,202112082206000003.html>\n\n[返回东财滚动新闻](//finews.withounder.com/emnews/)｜[返回首页](//finews.withounder.com/)'],
  ['markdown', '## 要点\n\n- 降准：释放长期资金。\n- LPR 改革：利率走低。\n\n1. 第一条\n2. 第二条\n\n| 指标 | 数值 |\n| --- | --- |\n| CPI | 0.2% |\n\n> 引用的话\n\n正文里有**加粗**和[链接](https://www.example.cn/)。'],
];

describe('toPlainText reads the same text the rendered article shows', () => {
  // The index takes excerpts and search text from raw bodies without rendering them (a render
  // costs far more, and the index reads 100,000 posts); these hold the two to each other.
  const files = [...postFiles('posts'), ...postFiles('e2e/fixtures/posts'), ...postFiles('e2e/fixtures/jekyll/_posts'), ...postFiles('e2e/fixtures/jekyll/old_post'),
    ...postFiles(path.join(GENERATED, '_posts')), ...postFiles(path.join(GENERATED, 'old_post'))];
  const bodies: [string, string][] = [
    ...SHAPES,
    ...files.flatMap((file): [string, string][] => {
      const body = splitFrontMatter(fs.readFileSync(file, 'utf8').replace(/^\s+(?=---)/, ''))?.body;
      return body === undefined ? [] : [[file.startsWith(GENERATED) ? `generated ${path.basename(file)}` : path.relative(ROOT, file), body]];
    }),
  ];

  it('has the real-shaped fixtures and generated posts to compare', () => {
    expect(files.some((file) => file.includes(`${path.sep}jekyll${path.sep}`))).toBe(true);
    expect(files.filter((file) => file.startsWith(GENERATED)).length).toBeGreaterThan(150);
  });

  it.each(bodies)('%s', (_name, body) => {
    expect(toPlainText(body, Infinity)).toBe(toReadingText(renderBody(body, { legacyHosts: [] }).tree));
  });
});

describe('toReadingText', () => {
  it('keeps a subheading apart from the next sentence and leaves out the source line and navigation', () => {
    const [, body] = SHAPES[1] ?? ['', ''];
    expect(toReadingText(renderBody(body, { legacyHosts: [] }).tree)).toBe('沪指午后翻红。券商板块走强 午后某某股份快速拉升，<协定>相关个股跟涨。');
    expect(toExcerpt(body)).toBe('沪指午后翻红。券商板块走强 午后某某股份快速拉升，<协定>相关个股跟涨。');
  });
});
