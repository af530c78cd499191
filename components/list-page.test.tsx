// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatListTitle } from '@/lib/site/lists';
import type { ListView } from '@/lib/views';
import type { ListKind } from '@/lib/types';
import { ListPage } from './list-page';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

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

const view: ListView = {
  site,
  kind: 'category',
  key: 'macro',
  name: '宏观',
  title: '',
  url: '/category/macro',
  pageUrl: '/category/macro/page/2',
  selected: [],
  chips: [{ name: '央行', count: 21, selected: false, url: '/category/macro?tag=%E5%A4%AE%E8%A1%8C' }],
  items: [
    {
      title: '央行宣布降准',
      url: '/posts/rrr-cut',
      dateText: '2022年4月15日',
      dateIso: '2022-04-15T00:00:00+08:00',
      tags: [],
      excerpt: '下调存款准备金率。',
    },
  ],
  page: 2,
  totalPages: 2,
  total: 21,
  prevUrl: '/category/macro',
};

/** The view of another kind of list, its heading made by lib as the pages make it. */
function viewOf(kind: ListKind, changes: Partial<ListView> = {}): ListView {
  const next = { ...view, ...changes, kind };
  return { ...next, title: formatListTitle(kind, next.name, next.page) };
}

describe('ListPage', () => {
  it('shows the list name as the h1 with the page number and the post count', () => {
    render(<ListPage view={viewOf('category')} />);
    expect(screen.getByRole('heading', { level: 1, name: '宏观 · 第 2 页' })).toBeTruthy();
    expect(screen.getByText('栏目 · 共 21 篇')).toBeTruthy();
  });

  it('names the active filter under the heading', () => {
    render(<ListPage view={viewOf('tag', { name: '利率', page: 1, selected: ['央行', '降准'] })} />);
    expect(screen.getByRole('heading', { level: 1, name: '标签：利率' })).toBeTruthy();
    expect(screen.getByText('筛选：央行、降准 · 共 21 篇')).toBeTruthy();
  });

  it('shows the posts, the tag chips and the pagination of the view', () => {
    render(<ListPage view={viewOf('home')} />);
    expect(screen.getByRole('heading', { level: 1, name: '最新文章 · 第 2 页' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '央行宣布降准' }).getAttribute('href')).toBe('/posts/rrr-cut');
    expect(screen.getByRole('button', { name: /^央行\s*21 篇$/ }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('link', { name: /上一页/ }).getAttribute('href')).toBe('/category/macro');
    expect(screen.getByText('第 2 / 2 页')).toBeTruthy();
  });
});
