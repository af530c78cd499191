// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteHeader } from './site-header';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

afterEach(cleanup);

const categories = [
  { name: '宏观', url: '/category/macro' },
  { name: '股市', url: '/category/stocks' },
];

describe('SiteHeader', () => {
  it('links the site title to the home page', () => {
    render(<SiteHeader title="Finews 财经" categories={categories} />);
    expect(screen.getByRole('link', { name: 'Finews 财经' }).getAttribute('href')).toBe('/');
  });

  it('lists every category as a link in the nav labelled 栏目', () => {
    render(<SiteHeader title="Finews 财经" categories={categories} />);
    const nav = within(screen.getByRole('navigation', { name: '栏目' }));
    const links = nav.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['宏观', '/category/macro'],
      ['股市', '/category/stocks'],
    ]);
  });

  it('ends the short list of sources with 全部来源, a link to every source', () => {
    render(<SiteHeader title="Finews 财经" categories={categories} allUrl="/categories" />);
    const nav = within(screen.getByRole('navigation', { name: '栏目' }));
    const links = nav.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['宏观', '股市', '全部来源']);
    expect(nav.getByRole('link', { name: '全部来源' }).getAttribute('href')).toBe('/categories');
    for (const link of links) expect(link.className).toMatch(/\bmin-h-11\b/);
  });

  it('keeps the title link out of the category nav', () => {
    render(<SiteHeader title="Finews 财经" categories={[]} />);
    const nav = within(screen.getByRole('navigation', { name: '栏目' }));
    expect(nav.queryByRole('link')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('stays at the top of the screen while the reader scrolls', () => {
    render(<SiteHeader title="Finews 财经" categories={categories} />);
    expect(screen.getByRole('banner').className).toMatch(/\bsticky\b.*\btop-0\b/);
  });

  it('has the dark mode switch and the font size buttons, outside the category nav', () => {
    render(<SiteHeader title="Finews 财经" categories={categories} />);
    const nav = screen.getByRole('navigation', { name: '栏目' });
    for (const name of ['深色模式', '缩小字号', '放大字号']) {
      const button = screen.getByRole('button', { name });
      expect(nav.contains(button)).toBe(false);
    }
  });

  it('has a search field that submits to /search', () => {
    render(<SiteHeader title="财经新闻" categories={categories} />);
    const search = screen.getByRole('search');
    expect(search.getAttribute('action')).toBe('/search');
    expect(within(search).getByRole('combobox', { name: '搜索文章' }).getAttribute('name')).toBe('q');
  });
});
