import { describe, expect, it } from 'vitest';
import { formatCategoryName, parseSiteConfig, toAbsoluteUrl } from './site';

const DEFAULTS = {
  title: '财经新闻',
  description: '',
  timezone: 'Asia/Shanghai',
  categories: {},
  legacyHosts: [],
  siteUrl: 'http://localhost:3000',
  navCategories: [],
  jekyll: false,
};

describe('parseSiteConfig', () => {
  it('uses the defaults when there is no _site.yml', () => {
    expect(parseSiteConfig(undefined)).toEqual({ site: DEFAULTS, problems: [] });
  });

  it('uses the defaults for an empty _site.yml', () => {
    expect(parseSiteConfig('')).toEqual({ site: DEFAULTS, problems: [] });
  });

  it('reads title, description, timezone, categories and legacy hosts', () => {
    const text = [
      'title: 青岛财经速递',
      'description: 每日财经要闻',
      'timezone: America/New_York',
      'categories:',
      '  qingdaocaijingwang: 青岛财经网',
      '  hongguan: 宏观经济',
      'legacy_hosts:',
      '  - finews.withounder.com',
      '  - OLD.Example.cn',
    ].join('\n');
    const { site, problems } = parseSiteConfig(text);
    expect(problems).toEqual([]);
    expect(site).toEqual({
      ...DEFAULTS,
      title: '青岛财经速递',
      description: '每日财经要闻',
      timezone: 'America/New_York',
      categories: { qingdaocaijingwang: '青岛财经网', hongguan: '宏观经济' },
      navCategories: ['qingdaocaijingwang', 'hongguan'],
      legacyHosts: ['finews.withounder.com', 'old.example.cn'],
    });
  });

  it("reads a Jekyll site's _config.yml: title, description, timezone, and its url as a legacy host", () => {
    const config = 'title: 金融消息\ndescription: 财经新闻汇总\ntimezone: Asia/Shanghai\nurl: https://finews.withounder.com\nbaseurl: ""\npermalink: /:categories/:year/:month/:day/:title.html\n';
    const { site, problems } = parseSiteConfig(undefined, undefined, config);
    expect(problems).toEqual([]);
    expect(site).toEqual({ ...DEFAULTS, title: '金融消息', description: '财经新闻汇总', legacyHosts: ['finews.withounder.com'], jekyll: true });
  });

  it('lets _site.yml override _config.yml, and keeps both hosts', () => {
    const config = 'title: 金融消息\ntimezone: Asia/Shanghai\nurl: https://Finews.Withounder.com/\n';
    const own = 'title: 财经阅读\ntimezone: Asia/Hong_Kong\nlegacy_hosts: [finews.zning.me]\n';
    const { site } = parseSiteConfig(own, undefined, config);
    expect(site.title).toBe('财经阅读');
    expect(site.timezone).toBe('Asia/Hong_Kong');
    expect(site.legacyHosts).toEqual(['finews.zning.me', 'finews.withounder.com']);
  });

  it('names _config.yml when its YAML or timezone is wrong', () => {
    expect(parseSiteConfig(undefined, undefined, 'title: [坏\n').problems[0]).toMatch(/^_config\.yml: invalid YAML/);
    expect(parseSiteConfig(undefined, undefined, 'timezone: Mars/Base\n').problems).toEqual(["_config.yml: unknown timezone 'Mars/Base', using Asia/Shanghai"]);
  });

  it('accepts legacy_hosts as a space-separated string', () => {
    expect(parseSiteConfig('legacy_hosts: finews.withounder.com old.example.cn').site.legacyHosts).toEqual([
      'finews.withounder.com',
      'old.example.cn',
    ]);
  });

  it('reports an unknown timezone and keeps Asia/Shanghai', () => {
    const { site, problems } = parseSiteConfig('title: 财经\ntimezone: Mars/Olympus_Mons');
    expect(site.timezone).toBe('Asia/Shanghai');
    expect(site.title).toBe('财经');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("'Mars/Olympus_Mons'");
  });

  it('reports invalid YAML and uses the defaults', () => {
    const { site, problems } = parseSiteConfig('title: [没有闭合\ntimezone: UTC');
    expect(site).toEqual(DEFAULTS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('_site.yml');
    expect(problems[0]).toContain('invalid YAML');
  });

  it('reports a _site.yml that is not a map of settings', () => {
    const { site, problems } = parseSiteConfig('- 甲\n- 乙');
    expect(site).toEqual(DEFAULTS);
    expect(problems).toHaveLength(1);
  });

  it('ignores a blank title', () => {
    expect(parseSiteConfig('title: "  "').site.title).toBe('财经新闻');
  });

  it('takes SITE_URL without its trailing slash', () => {
    expect(parseSiteConfig(undefined, 'https://news.example.cn/').site.siteUrl).toBe('https://news.example.cn');
    expect(parseSiteConfig(undefined, 'https://news.example.cn').site.siteUrl).toBe('https://news.example.cn');
  });

  it('falls back to localhost for a SITE_URL that is not a web address', () => {
    expect(parseSiteConfig(undefined, 'news.example.cn').site.siteUrl).toBe('http://localhost:3000');
    expect(parseSiteConfig(undefined, '').site.siteUrl).toBe('http://localhost:3000');
  });
});

describe('formatCategoryName', () => {
  const { site } = parseSiteConfig('categories:\n  hongguan: 宏观经济');

  it('shows the mapped name', () => {
    expect(formatCategoryName(site, 'hongguan')).toBe('宏观经济');
  });

  it('shows the slug of an unmapped category', () => {
    expect(formatCategoryName(site, 'gushi')).toBe('gushi');
    expect(formatCategoryName(site, '青岛 财经')).toBe('青岛 财经');
  });
});

describe('toAbsoluteUrl', () => {
  it('joins the site URL and a path with one slash', () => {
    const { site } = parseSiteConfig(undefined, 'https://news.example.cn/');
    expect(toAbsoluteUrl(site, '/posts/jiuye')).toBe('https://news.example.cn/posts/jiuye');
  });
});
