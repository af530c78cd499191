import { describe, expect, it } from 'vitest';
import { SEED_FILE, seedText } from '../__fixtures__/seed';
import { MAX_POST_BYTES, MAX_TERMS, MAX_TITLE_CHARS, parsePost, toFileSlug } from './front-matter';
import { parseSiteConfig } from '../site/site';
import type { Post, PostIssue } from '../types';

const site = parseSiteConfig(undefined).site;

function withFrontMatter(lines: string, body = '央行宣布下调存款准备金率。\n'): string {
  return `---\n${lines}\n---\n${body}`;
}

function post(text: string, path = 'posts-test.md', config = site): Post {
  const result = parsePost(path, text, config);
  if (!result.ok) throw new Error(`expected a post, got issue: ${result.issue?.reason ?? "a Jekyll page"}`);
  return result.post;
}

function issue(text: string, path = 'posts-test.md'): PostIssue {
  const result = parsePost(path, text, site);
  if (result.ok) throw new Error(`expected an issue, got post '${result.post.title}'`);
  if (!result.issue) throw new Error('expected an issue, got a Jekyll page');
  return result.issue;
}

describe('parsePost: the seed post', () => {
  it('reads the real legacy post', () => {
    const seed = post(seedText, SEED_FILE);
    expect(seed.title).toBe('精耕致远：数禾科技在疫情之下穿越周期的数字小微力量');
    expect(seed.categories).toEqual(['qingdaocaijingwang']);
    expect(seed.tags).toEqual(['青岛财经网新闻']);
    expect(seed.slug).toBe('000_52a2a947919bd700');
    expect(seed.date).toBe(Date.UTC(2022, 3, 24, 8, 31, 15));
    expect(seed.hasTime).toBe(true);
    expect(seed.published).toBe(true);
    expect(seed.body.startsWith('<p>从街边小摊贩到1亿大军')).toBe(true);
    expect(seed.body).not.toContain('layout: post');
  });
});

describe('parsePost: title', () => {
  it.each([
    ['no title key', 'date: 2022-04-24'],
    ['an empty title', 'title: ""\ndate: 2022-04-24'],
    ['a blank title', 'title: "   "\ndate: 2022-04-24'],
  ])('reports %s as missing title', (_, lines) => {
    expect(issue(withFrontMatter(lines))).toEqual({ path: 'posts-test.md', reason: 'missing title', level: 'error' });
  });

  it('decodes named and numeric entities', () => {
    const text = withFrontMatter('title: "存款&amp;贷款：&quot;双降&quot;与&#8220;稳增长&#8221;"\ndate: 2022-04-24');
    expect(post(text).title).toBe('存款&贷款："双降"与“稳增长”');
  });

  it('decodes entities once only', () => {
    expect(post(withFrontMatter('title: "利率 &amp;lt; 通胀"\ndate: 2022-04-24')).title).toBe('利率 &lt; 通胀');
  });

  it('keeps markup in a title as literal text', () => {
    expect(post(withFrontMatter('title: "<b>降准</b>落地"\ndate: 2022-04-24')).title).toBe('<b>降准</b>落地');
  });
});

describe('parsePost: date', () => {
  it.each([
    ['2022-04-24 16:31:15 +0800', Date.UTC(2022, 3, 24, 8, 31, 15), true],
    ['2022-04-24T16:31:15+08:00', Date.UTC(2022, 3, 24, 8, 31, 15), true],
    ['2022-04-24 16:31', Date.UTC(2022, 3, 24, 8, 31), true],
    ['2022-04-24', Date.UTC(2022, 3, 23, 16, 0), false],
  ])('reads date: %s', (value, expected, hasTime) => {
    const result = post(withFrontMatter(`title: 汇率观察\ndate: ${value}`));
    expect(result.date).toBe(expected);
    expect(result.hasTime).toBe(hasTime);
  });

  it('reads a date without an offset in the site zone', () => {
    const newYork = { ...site, timezone: 'America/New_York' };
    expect(post(withFrontMatter('title: 汇率观察\ndate: 2022-04-24 16:31'), 'a.md', newYork).date).toBe(Date.UTC(2022, 3, 24, 20, 31));
  });

  it('takes the date from a YYYY-MM-DD- file name when there is no date key', () => {
    const result = post(withFrontMatter('title: 就业数据'), '2022-09-01-jiuye.md');
    expect(result.date).toBe(Date.UTC(2022, 7, 31, 16, 0));
    expect(result.hasTime).toBe(false);
  });

  it('reports a post with neither a date key nor a dated file name', () => {
    const found = issue(withFrontMatter('title: 就业数据'), 'jiuye.md');
    expect(found.level).toBe('error');
    expect(found.reason).toMatch(/date/);
  });

  it.each([
    ['2022-02-30', "date '2022-02-30' is not a Jekyll date: 2022-02 has no day 30"],
    ['10000-01-01', "date '10000-01-01' is not a Jekyll date: the year has more than four digits"],
  ])('says why the date %s is left out', (value, reason) => {
    expect(issue(withFrontMatter(`title: 汇率观察\ndate: ${value}`)).reason).toBe(reason);
  });

  it('says why a date in the file name is left out, instead of saying there is no date', () => {
    expect(issue(withFrontMatter('title: 就业数据'), '2022-02-30-jiuye.md').reason).toBe(
      "file name date '2022-02-30' is not a Jekyll date: 2022-02 has no day 30",
    );
  });

  it.each(['24/04/2022', '2022-02-30'])('reports the bad date %s by value', (value) => {
    const found = issue(withFrontMatter(`title: 汇率观察\ndate: ${value}`));
    expect(found.level).toBe('error');
    expect(found.reason).toContain(`'${value}'`);
  });
});

describe('parsePost: categories and tags', () => {
  it('reads a categories list', () => {
    expect(post(withFrontMatter('title: 股市\ndate: 2022-04-24\ncategories: [gushi, hongguan]')).categories).toEqual(['gushi', 'hongguan']);
    expect(post(withFrontMatter('title: 股市\ndate: 2022-04-24\ncategories:\n  - gushi\n  - licai')).categories).toEqual(['gushi', 'licai']);
  });

  it('splits a categories or tags string on whitespace', () => {
    const result = post(withFrontMatter('title: 股市\ndate: 2022-04-24\ncategories: gushi  hongguan\ntags: 利率 汇率'));
    expect(result.categories).toEqual(['gushi', 'hongguan']);
    expect(result.tags).toEqual(['利率', '汇率']);
  });

  it('keeps a singular category or tag whole, spaces and all', () => {
    const result = post(withFrontMatter('title: 股市\ndate: 2022-04-24\ncategory: 青岛 财经\ntag: 小微 金融'));
    expect(result.categories).toEqual(['青岛 财经']);
    expect(result.tags).toEqual(['小微 金融']);
  });

  it('gives a post without categories or tags empty lists', () => {
    const result = post(withFrontMatter('title: 股市\ndate: 2022-04-24'));
    expect(result.categories).toEqual([]);
    expect(result.tags).toEqual([]);
  });
});

describe('parsePost: other keys', () => {
  it('marks published: false posts as unpublished', () => {
    expect(post(withFrontMatter('title: 草稿\ndate: 2022-04-24\npublished: false')).published).toBe(false);
    expect(post(withFrontMatter('title: 正式\ndate: 2022-04-24\npublished: true')).published).toBe(true);
  });

  it('lets a slug key win over the file name', () => {
    expect(post(withFrontMatter('title: 就业\ndate: 2022-04-24\nslug: jiuye-2022'), '2022-09-01-jiuye.md').slug).toBe('jiuye-2022');
  });

  it.each([
    ['000_52a2a947919bd700.txt', '000_52a2a947919bd700'],
    ['2022-09-01-jiuye.md', 'jiuye'],
    ['2024/2024-06-18-x.md', 'x'],
    ['2024/huilv.markdown', 'huilv'],
  ])('takes the slug of %s from its file name: %s', (path, slug) => {
    expect(post(withFrontMatter('title: 就业\ndate: 2022-04-24'), path).slug).toBe(slug);
    expect(toFileSlug(path)).toBe(slug);
  });

  it('reports a slug that would break its URL', () => {
    expect(issue(withFrontMatter('title: 就业\ndate: 2022-04-24\nslug: a/b')).reason).toContain("'a/b'");
  });

  it.each([
    ['..', "slug '..' is only dots, which browsers drop from a URL"],
    ['"."', "slug '.' is only dots, which browsers drop from a URL"],
    ['50%off', "slug '50%off' contains %, which its URL cannot carry unambiguously"],
    ['a%2Fb', "slug 'a%2Fb' contains %, which its URL cannot carry unambiguously"],
    ['../../etc/passwd', "slug '../../etc/passwd' contains / \\ ? or #"],
  ])('reports the slug %s with the reason', (slug, reason) => {
    expect(issue(withFrontMatter(`title: 就业\ndate: 2022-04-24\nslug: ${slug}`)).reason).toBe(reason);
  });

  it('checks a slug taken from the file name too', () => {
    expect(issue(withFrontMatter('title: 就业\ndate: 2022-04-24'), '2022-04-24-100%.md').reason).toContain('contains %');
  });

  it('keeps slugs with spaces, inner dots and markup: their URLs are percent-encoded', () => {
    for (const slug of ['年终 总结', '上..下', '<img src=x onerror=alert(1)>']) {
      expect(post(withFrontMatter(`title: 就业\ndate: 2022-04-24\nslug: "${slug}"`)).slug).toBe(slug);
    }
  });

  it('drops tags and categories made only of dots, which cannot have a page', () => {
    const result = post(withFrontMatter('title: 股市\ndate: 2022-04-24\ncategories: [".", gushi]\ntags: ["..", 利率]'));
    expect(result.categories).toEqual(['gushi']);
    expect(result.tags).toEqual(['利率']);
  });

  it('reads description and source, giving a protocol-relative source https:', () => {
    const result = post(
      withFrontMatter('title: 财报\ndate: 2022-04-24\ndescription: "一季度营收&amp;利润双增"\nsource: //finance.example.cn/a/1.html'),
    );
    expect(result.description).toBe('一季度营收&利润双增');
    expect(result.source).toBe('https://finance.example.cn/a/1.html');
  });

  it('keeps an http source as written and drops a source that is not a web address', () => {
    expect(post(withFrontMatter('title: 财报\ndate: 2022-04-24\nsource: http://finance.example.cn/a')).source).toBe('http://finance.example.cn/a');
    expect(post(withFrontMatter('title: 财报\ndate: 2022-04-24\nsource: javascript:alert(1)')).source).toBeUndefined();
  });

  it('ignores layout and unknown keys', () => {
    const result = post(withFrontMatter('title: 财报\ndate: 2022-04-24\nlayout: post\nauthor: 记者甲\nfoo: {bar: 1}'));
    expect(result.title).toBe('财报');
    expect(result).not.toHaveProperty('layout');
    expect(result).not.toHaveProperty('author');
    expect(result).not.toHaveProperty('foo');
  });

  it('builds the excerpt from the body, not the front matter', () => {
    expect(post(withFrontMatter('title: 财报\ndate: 2022-04-24', '<p>一季度营收增长。</p>\n')).excerpt).toBe('一季度营收增长。');
  });
});

describe('parsePost: files that are not posts', () => {
  it('reports invalid YAML', () => {
    const found = issue(withFrontMatter('title: [没有闭合\ndate: 2022-04-24'));
    expect(found.level).toBe('error');
    expect(found.reason.startsWith('invalid YAML')).toBe(true);
  });

  it('reports front matter that is a list, not keys', () => {
    expect(issue(withFrontMatter('- 甲\n- 乙')).reason.startsWith('invalid YAML')).toBe(true);
  });

  it('reports a file without --- front matter as a note, not an error', () => {
    const found = issue('# 笔记\n\n这不是文章。\n', 'notes.md');
    expect(found.path).toBe('notes.md');
    expect(found.level).toBe('note');
  });

  it.each([
    ['an empty file', '', 'empty file, not a post'],
    ['a file of blank lines', '\n \n\t\n', 'empty file, not a post'],
    ['a file of NUL bytes and noise', '\u0089PNG\u0000\u0000\u0000IHDR', 'binary file (it holds NUL bytes), not a post'],
  ])('reports %s as a note that says what it is', (_, text, reason) => {
    expect(issue(text, 'x.md')).toEqual({ path: 'x.md', reason, level: 'note' });
  });

  it('reports front matter that is never closed, instead of reading the whole file as YAML', () => {
    expect(issue('---\ntitle: 没有结束\ndate: 2022-04-24\n\n正文第一段。\n').reason).toBe('front matter is not closed: no --- line after the first one');
    expect(issue('---\ntitle: 没有结束\ndate: 2022-04-24\n').reason).toBe('front matter is not closed: no --- line after the first one');
  });

  it('reads CRLF line endings like LF ones', () => {
    const result = post('---\r\ntitle: "换行符"\r\ndate: 2022-04-24\r\ntags: [利率]\r\n---\r\n<p>正文。</p>\r\n');
    expect(result.title).toBe('换行符');
    expect(result.tags).toEqual(['利率']);
    expect(result.body).toBe('<p>正文。</p>\r\n');
  });

  it('leaves out a post over the size limit, saying how big it is', () => {
    const text = withFrontMatter('title: 超长\ndate: 2022-04-24', `<p>${'财经新闻正文。'.repeat(Math.ceil(MAX_POST_BYTES / 21) + 10)}</p>\n`);
    const size = new TextEncoder().encode(text).length.toLocaleString('en-US');
    expect(issue(text).reason).toBe(`file is ${size} bytes; posts over 10,485,760 bytes (10 MB) are left out`);
    const under = `<p>${'财经新闻正文。'.repeat(Math.floor(MAX_POST_BYTES / 21) - 10)}</p>\n`;
    expect(post(withFrontMatter('title: 不超\ndate: 2022-04-24', under)).title).toBe('不超');
  });

  it('reads front matter after a byte-order mark', () => {
    expect(post(`\uFEFF${withFrontMatter('title: 带BOM\ndate: 2022-04-24')}`).title).toBe('带BOM');
  });

  it('reads front matter after blank lines and spaces, as scraped posts often start', () => {
    for (const lead of ['\n', '\r\n\r\n', '  \n\t\n', '   ', '\uFEFF\n \n']) {
      const result = post(`${lead}${withFrontMatter('title: 空行开头\ndate: 2022-04-24', '<p>正文。</p>\n')}`);
      expect(result.title).toBe('空行开头');
      expect(result.body).toBe('<p>正文。</p>\n');
    }
    expect(issue('\n\ntitle: 不是\n---\n').reason).toBe('no front matter (does not start with ---), not a post');
  });

  it('keeps at most 50 tags and categories and 300 title characters, with a note saying what was dropped', () => {
    const tags = Array.from({ length: 10_000 }, (_, i) => `标签${i}`);
    const title = `很长的标题${'长'.repeat(500_000)}`;
    const result = parsePost('long.md', withFrontMatter(`title: "${title}"\ndate: 2022-04-24\ntags: [${tags.join(', ')}]\ncategories: ${tags.slice(0, 60).join(' ')}`), site);
    if (!result.ok) throw new Error('expected a post');
    expect(result.post.tags).toEqual(tags.slice(0, MAX_TERMS));
    expect(result.post.categories).toHaveLength(MAX_TERMS);
    expect(Array.from(result.post.title)).toHaveLength(MAX_TITLE_CHARS + 1);
    expect(result.post.title.endsWith('长…')).toBe(true);
    expect(result.note).toEqual({
      path: 'long.md',
      reason: 'title is 500,005 characters, shown cut to 300; 60 categories, only the first 50 are kept; 10,000 tags, only the first 50 are kept',
      level: 'note',
    });
    expect(parsePost('short.md', withFrontMatter('title: 短\ndate: 2022-04-24\ntags: [甲, 乙]'), site)).not.toHaveProperty('note');
  });

  it('drops NUL bytes from the body rather than showing them as replacement characters', () => {
    expect(post(withFrontMatter('title: 空字符\ndate: 2022-04-24', '<p>前\u0000后</p>\n')).body).toBe('<p>前后</p>\n');
  });
});
