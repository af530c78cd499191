import { describe, expect, it } from 'vitest';
import { toHugoDate, toHugoFrontMatter } from './hugo-convert.mjs';

const post = (front: string, body = '<p>正文</p>\n\n*md*\n') => `---\n${front}\n---\n${body}`;

function frontOf(text: string): Record<string, string> {
  const lines = text.slice(4, text.indexOf('\n---\n')).split('\n');
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
}

describe('toHugoDate', () => {
  it('rewrites the Jekyll forms as RFC 3339', () => {
    expect(toHugoDate('2022-04-24 16:31:15 +0800')).toBe('2022-04-24T16:31:15+08:00');
    expect(toHugoDate('2022-04-24 16:31:15+08:00')).toBe('2022-04-24T16:31:15+08:00');
    expect(toHugoDate('2022-04-24T16:31:15.250Z')).toBe('2022-04-24T16:31:15Z');
    expect(toHugoDate('2022-04-24 16:31:15 -05')).toBe('2022-04-24T16:31:15-05:00');
  });

  it('pads the short forms Hugo would silently date to year 1', () => {
    expect(toHugoDate('2022-4-4 6:31 +0800')).toBe('2022-04-04T06:31:00+08:00');
    expect(toHugoDate('2022-04-24 16:31')).toBe('2022-04-24T16:31:00');
    expect(toHugoDate('2022-4-24')).toBe('2022-04-24');
  });

  it('rejects what is not a date', () => {
    for (const text of ['24/04/2022', '2022-02-30', '2022-13-01', '2022-04-24 24:00', 'soon']) expect(toHugoDate(text)).toBeUndefined();
  });
});

describe('toHugoFrontMatter', () => {
  it('turns a generated post into Hugo front matter and keeps the body byte for byte', () => {
    const body = '<p>一段</p>\n <p class="em_media">（文章来源：本网综合）</p>\n\n<http://example.com/x>\n';
    const text = post('layout: post\ntitle: "A股收涨 \\"稳\\""\ndate: 2022-04-24 16:31:15 +0800\ncategories: gushi\ntags: A股 ETF', body);
    const out = toHugoFrontMatter(text, '2022/04/2022-04-24-agu-shoupan-7.md');
    expect(out).toBe(
      '---\ntitle: "A股收涨 \\"稳\\""\ndate: "2022-04-24T16:31:15+08:00"\nslug: "agu-shoupan-7"\n'
        + `categories: ["gushi"]\ntags: ["A股","ETF"]\n---\n${body}`,
    );
  });

  it('reads every category and tag form the way Jekyll does', () => {
    const cases: [string, string, string][] = [
      ['categories: gushi\ntags: a b  c', '["gushi"]', '["a","b","c"]'],
      ['categories: [gushi]\ntags:\n  - a\n  - b', '["gushi"]', '["a","b"]'],
      ['category: gushi\ncategories: [other]\ntags: [a, b, a]', '["gushi"]', '["a","b"]'],
      ['tag: one\ntags: [two]', '[]', '["one"]'],
      ['categories: 2022\ntags: [2019, true]', '["2022"]', '["2019","true"]'],
    ];
    for (const [lines, categories, tags] of cases) {
      const front = frontOf(toHugoFrontMatter(post(`title: t\ndate: 2022-04-24\n${lines}`), 'a.md'));
      expect([front.categories, front.tags]).toEqual([categories, tags]);
    }
  });

  it('quotes every value, so YAML 1.1 words such as no and y stay strings for Hugo', () => {
    const front = frontOf(toHugoFrontMatter(post('title: yes\ndate: 2022-04-24\ntags: [no, y, off]'), 'a.md'));
    expect(front.title).toBe('"yes"');
    expect(front.tags).toBe('["no","y","off"]');
  });

  it('takes the slug and a missing date from the file name, as Jekyll does', () => {
    const front = frontOf(toHugoFrontMatter(post('title: t'), 'posts/2021-3-9-some-news.markdown'));
    expect([front.slug, front.date]).toEqual(['"some-news"', '"2021-03-09"']);
    expect(frontOf(toHugoFrontMatter(post('title: t\nslug: mine\ndate: 2021-03-09'), '2021-03-09-x.md')).slug).toBe('"mine"');
    expect(frontOf(toHugoFrontMatter(post('title: t\ndate: 2021-03-09'), 'about.md')).slug).toBe('"about"');
  });

  it('maps published, redirect_from and description, and drops Jekyll-only keys', () => {
    const text = post('title: t\ndate: 2022-04-24\nlayout: post\ntype: news\npublished: false\ndescription: d\nredirect_from: https://old.example.com/a/b.html');
    const front = frontOf(toHugoFrontMatter(text, 'a.md'));
    expect(front).toEqual({
      title: '"t"', date: '"2022-04-24"', slug: '"a"', categories: '[]', tags: '[]', description: '"d"', draft: 'true', aliases: '["/a/b.html"]',
    });
  });

  it('throws a reason for what our site would reject too', () => {
    expect(() => toHugoFrontMatter('# no front matter\n', 'a.md')).toThrow('no front matter');
    expect(() => toHugoFrontMatter(post('title: [unclosed'), 'a.md')).toThrow('invalid YAML front matter');
    expect(() => toHugoFrontMatter(post('date: 2022-04-24'), 'a.md')).toThrow('missing title');
    expect(() => toHugoFrontMatter(post("title: t\ndate: '24/04/2022'"), 'a.md')).toThrow("date '24/04/2022' is not a Jekyll date");
    expect(() => toHugoFrontMatter(post('title: t'), 'about.md')).toThrow('no date');
  });
});
