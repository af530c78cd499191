// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListView } from '@/lib/posts';
import { ListPage } from './list-page';

afterEach(cleanup);

const site = {
  title: 'Finews',
  description: '财经新闻',
  timezone: 'Asia/Shanghai',
  categories: { macro: '宏观' },
  legacyHosts: ['finews.withounder.com'],
  siteUrl: 'https://example.com',
};

const view: ListView = {
  site,
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

describe('ListPage', () => {
  it('shows the heading as the page’s h1 with the subheading under it', () => {
    render(<ListPage heading="宏观" subheading="共 21 篇文章" view={view} />);
    expect(screen.getByRole('heading', { level: 1, name: '宏观' })).toBeTruthy();
    expect(screen.getByText('共 21 篇文章')).toBeTruthy();
  });

  it('shows no subheading when none is given', () => {
    const { container } = render(<ListPage heading="宏观" view={view} />);
    const header = container.querySelector('header');
    expect(header?.textContent).toBe('宏观');
  });

  it('shows the posts and the pagination of the view', () => {
    render(<ListPage heading="宏观" view={view} />);
    expect(screen.getByRole('link', { name: '央行宣布降准' }).getAttribute('href')).toBe('/posts/rrr-cut');
    expect(screen.getByRole('link', { name: /上一页/ }).getAttribute('href')).toBe('/category/macro');
    expect(screen.getByText('第 2 / 2 页')).toBeTruthy();
  });
});
