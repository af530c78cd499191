// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/lib/views';
import { toQrCode } from '@/lib/publish/qr';
import { toArticleJsonLd } from '@/lib/publish/seo';
import { renderBody } from '@/lib/render/render';
import { ArticleView } from './article-view';

vi.mock('next/navigation', () => ({ useRouter: () => ({ back: vi.fn(), push: vi.fn() }) }));

afterEach(cleanup);

const site = {
  title: 'Finews',
  description: '财经新闻',
  timezone: 'Asia/Shanghai',
  categories: { macro: '宏观' },
  legacyHosts: ['finews.withounder.com'],
  siteUrl: 'https://example.com',
  navCategories: [],
  jekyll: false,
};

function makeArticle(overrides: Partial<Article> = {}): Article {
  const { tree, readingMinutes } = renderBody('央行决定下调金融机构存款准备金率**0.25个百分点**。', { legacyHosts: site.legacyHosts });
  const article: Omit<Article, 'jsonLd'> = {
    site,
    slug: 'rrr-cut',
    path: '2022/2022-04-15-rrr-cut.md',
    url: '/posts/rrr-cut',
    title: '央行宣布降准0.25个百分点',
    description: '央行决定下调存款准备金率。',
    dateText: '2022年4月15日 19:00',
    dateIso: '2022-04-15T19:00:00+08:00',
    category: { name: '宏观', url: '/category/macro' },
    tags: [{ name: '央行', url: '/tags/%E5%A4%AE%E8%A1%8C' }],
    readingMinutes,
    tree,
    source: { url: 'https://www.pbc.gov.cn/a/123.html', host: 'www.pbc.gov.cn' },
    previous: { name: '3月CPI同比上涨1.5%', url: '/posts/cpi-march' },
    next: { name: '一季度GDP增长4.8%', url: '/posts/gdp-q1' },
    shareUrl: 'https://example.com/posts/rrr-cut',
    qr: toQrCode('https://example.com/posts/rrr-cut'),
    ...overrides,
  };
  return { ...article, jsonLd: overrides.jsonLd ?? toArticleJsonLd(article) };
}

describe('ArticleView', () => {
  it('shows the title as the h1, the date and the body', () => {
    render(<ArticleView article={makeArticle()} />);
    expect(screen.getByRole('heading', { level: 1, name: '央行宣布降准0.25个百分点' })).toBeTruthy();
    const time = screen.getByText('2022年4月15日 19:00');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2022-04-15T19:00:00+08:00');
    expect(screen.getByText('0.25个百分点').tagName).toBe('STRONG');
    expect(screen.getByText(/约 \d+ 分钟读完/)).toBeTruthy();
  });

  it('links back to the article’s category', () => {
    render(<ArticleView article={makeArticle()} />);
    expect(screen.getByRole('link', { name: /返回宏观/ }).getAttribute('href')).toBe('/category/macro');
    expect(screen.getByRole('link', { name: '更多宏观文章' }).getAttribute('href')).toBe('/category/macro');
  });

  it('links back to the home page when the article has no category', () => {
    const { category: _unused, ...rest } = makeArticle();
    render(<ArticleView article={rest} />);
    expect(screen.getByRole('link', { name: '← 返回首页' }).getAttribute('href')).toBe('/');
    expect(screen.queryByRole('link', { name: /更多.*文章/ })).toBeNull();
  });

  it('shows the 原文链接 block only when the article has a source', () => {
    render(<ArticleView article={makeArticle()} />);
    const source = within(screen.getByRole('complementary', { name: '原文链接' }));
    expect(source.getByRole('link', { name: /www\.pbc\.gov\.cn/ }).getAttribute('href')).toBe('https://www.pbc.gov.cn/a/123.html');
    cleanup();
    const { source: _unused, ...rest } = makeArticle();
    render(<ArticleView article={rest} />);
    expect(screen.queryByRole('complementary', { name: '原文链接' })).toBeNull();
  });

  it('links to the previous and next articles', () => {
    render(<ArticleView article={makeArticle()} />);
    const nav = within(screen.getByRole('navigation', { name: '相邻文章' }));
    const previous = nav.getByRole('link', { name: /上一篇/ });
    expect(previous.textContent).toContain('3月CPI同比上涨1.5%');
    expect(previous.getAttribute('href')).toBe('/posts/cpi-march');
    expect(previous.getAttribute('rel')).toBe('prev');
    const next = nav.getByRole('link', { name: /下一篇/ });
    expect(next.textContent).toContain('一季度GDP增长4.8%');
    expect(next.getAttribute('href')).toBe('/posts/gdp-q1');
    expect(next.getAttribute('rel')).toBe('next');
  });

  it('leaves out the missing neighbour links', () => {
    const { previous: _p, next: _n, ...rest } = makeArticle();
    render(<ArticleView article={rest} />);
    const nav = within(screen.getByRole('navigation', { name: '相邻文章' }));
    expect(nav.queryByRole('link')).toBeNull();
  });

  it('always links home', () => {
    render(<ArticleView article={makeArticle()} />);
    expect(screen.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/');
  });

  it('shows no update notice for a normal article', () => {
    render(<ArticleView article={makeArticle()} />);
    expect(screen.queryByText(/正文正在更新/)).toBeNull();
  });

  it('tells the reader the body is being updated when the article is degraded', () => {
    render(<ArticleView article={makeArticle({ notice: 'updating' })} />);
    expect(screen.getByText(/正文正在更新/).getAttribute('role')).toBe('status');
  });

  it('says a body that cannot be rendered is shown as its excerpt, and one still rendering will come', () => {
    const { unmount } = render(<ArticleView article={makeArticle({ notice: 'not-rendered' })} />);
    expect(screen.getByText(/无法显示.*摘要/).getAttribute('role')).toBe('status');
    unmount();
    render(<ArticleView article={makeArticle({ notice: 'pending' })} />);
    expect(screen.getByText(/稍后刷新/).getAttribute('role')).toBe('status');
  });
});
