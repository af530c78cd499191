import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { seedText } from '../__fixtures__/seed';
import { toExcerpt, toReadingMinutes } from './excerpt';

const LONG_PARAGRAPH =
  '国家统计局今日发布数据显示，一季度国内生产总值同比增长百分之五点三，比上年四季度加快零点一个百分点，' +
  '其中最终消费支出对经济增长的贡献率达到百分之七十三点七，服务业增加值增长百分之五点零，' +
  '高技术制造业投资增长百分之十一点四，市场预期总体改善，就业形势保持稳定，居民收入继续增加。';

describe('toExcerpt', () => {
  it('cuts a long body to 120 characters and an ellipsis', () => {
    const excerpt = toExcerpt(`<p>${LONG_PARAGRAPH}</p>`);
    expect(Array.from(LONG_PARAGRAPH).length).toBeGreaterThan(120);
    expect(excerpt).toBe(`${Array.from(LONG_PARAGRAPH).slice(0, 120).join('')}…`);
  });

  it('counts characters, not UTF-16 units, so an emoji is not split', () => {
    const text = '📈'.repeat(130);
    expect(toExcerpt(text)).toBe(`${'📈'.repeat(120)}…`);
  });

  it('returns a short body whole, without an ellipsis', () => {
    expect(toExcerpt('<p>央行宣布降准0.5个百分点。</p>')).toBe('央行宣布降准0.5个百分点。');
  });

  it('joins Chinese paragraphs without a space and Latin ones with one', () => {
    expect(toExcerpt('<p>第一段。</p>\n<p>第二段。</p>')).toBe('第一段。第二段。');
    expect(toExcerpt('First paragraph\n\nsecond paragraph')).toBe('First paragraph second paragraph');
  });

  it('leaves no tags or Markdown marks', () => {
    const excerpt = toExcerpt('## 市场概览\n\n<div><p>沪指收涨</p></div>\n\n> 成交额放大\n\n- 北向资金净流入\n');
    expect(excerpt).toBe('市场概览 沪指收涨 成交额放大 北向资金净流入');
  });

  it('keeps a bold subheading apart from the sentence after it, and runs finished sentences together', () => {
    const body = '<p>定投不是万能的。</p>\n<p><strong>定投的核心是摊平成本</strong></p>\n<p>基金定投适合长期持有。</p>';
    expect(toExcerpt(body)).toBe('定投不是万能的。定投的核心是摊平成本 基金定投适合长期持有。');
  });

  it('shows nothing of HTML comments, processing instructions or doctypes', () => {
    const body = '<p style="display:none;"><br /></p><!-- EM_StockImg_Start --><p style="text-align:center;"><a href="http://quote.example/r/1.600000"><img src="https://k.example/k.png?nid=1&type=k" /></a></p><!-- EM_StockImg_End -->'
      + '<?xml:namespace prefix = "o" ns = "urn:schemas-microsoft-com:office:office" /><p>沪指震荡<!-- 注释 -->走高。</p><!-- 没有结束';
    expect(toExcerpt(body)).toBe('沪指震荡走高。');
  });

  it('drops scripts and styles with their content', () => {
    expect(toExcerpt('<p>正文</p><script>var 广告 = 1;</script><style>p{color:red}</style>')).toBe('正文');
  });

  it('keeps link text but not the address, and drops images', () => {
    expect(toExcerpt('据[新华社](https://www.news.cn/a)报道，![图](https://img.example.com/a.jpg)汇率稳定。')).toBe('据新华社报道，汇率稳定。');
  });

  it('decodes entities', () => {
    const excerpt = toExcerpt('<p>利率&nbsp;下调&amp;降准&quot;落地&quot;</p>');
    expect(excerpt).toBe('利率 下调&降准"落地"');
  });

  it.each(['<p>央行<strong>降准</strong>0.5个百分点</p>', '央行**降准**0.5个百分点', '央行<a href="/posts/jiangzhun">降准</a>0.5个百分点'])(
    'adds no spaces where inline markup sat inside a Chinese sentence: %s',
    (body) => {
      expect(toExcerpt(body)).toBe('央行降准0.5个百分点');
    },
  );

  it('leaves out the em_media source line', () => {
    expect(toExcerpt('<p>消费回暖。</p><p class="em_media">（文章来源：财经日报）</p>')).toBe('消费回暖。');
  });

  it('keeps the text of a Markdown paragraph that runs straight into the em_media line', () => {
    expect(toExcerpt('消费回暖。\n<p class="em_media">（文章来源：财经日报）</p>')).toBe('消费回暖。');
  });

  it('keeps comparison signs that are text, not tags', () => {
    expect(toExcerpt('沪指涨幅 < 1% 且成交额 > 8000亿元')).toBe('沪指涨幅 < 1% 且成交额 > 8000亿元');
  });

  it('leaves out a bare URL line, plain or in angle brackets', () => {
    expect(toExcerpt('消费回暖。\n\n<http://news.example.cn/a.html?id=1>\n')).toBe('消费回暖。');
    expect(toExcerpt('消费回暖。\n\nhttps://news.example.cn/a.html\n')).toBe('消费回暖。');
  });

  it('leaves out the legacy navigation line', () => {
    const body = '消费回暖。\n\n[返回财经要闻](//finews.withounder.com/category/caijing.html)｜[返回首页](//finews.withounder.com/)\n';
    expect(toExcerpt(body)).toBe('消费回暖。');
  });

  it('starts the seed excerpt with its first sentence and ends it with an ellipsis', () => {
    const excerpt = toExcerpt(matter(seedText, {}).content);
    expect(excerpt.startsWith('从街边小摊贩到1亿大军')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(121);
    expect(excerpt).not.toMatch(/[<>]|&[a-z]+;|文章来源|http|返回首页/);
  });

  it('returns an empty string for an empty body', () => {
    expect(toExcerpt('')).toBe('');
  });
});

describe('toReadingMinutes', () => {
  it('reads 800 Chinese characters in 2 minutes', () => {
    expect(toReadingMinutes('财'.repeat(800))).toBe(2);
  });

  it('counts Latin words', () => {
    expect(toReadingMinutes('market '.repeat(400))).toBe(2);
    expect(toReadingMinutes('market '.repeat(1000))).toBe(5);
  });

  it('adds Chinese characters and Latin words together', () => {
    expect(toReadingMinutes(`${'财'.repeat(400)} ${'GDP '.repeat(200)}`)).toBe(2);
  });

  it('never says less than 1 minute', () => {
    expect(toReadingMinutes('')).toBe(1);
    expect(toReadingMinutes('短讯')).toBe(1);
  });
});
