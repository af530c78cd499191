// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Pagination } from './pagination';

afterEach(cleanup);

describe('Pagination', () => {
  it('renders nothing when there is only one page', () => {
    const { container } = render(<Pagination page={1} totalPages={1} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('links to the previous and next pages from a middle page', () => {
    render(<Pagination page={2} totalPages={3} prevUrl="/" nextUrl="/page/3" />);
    const nav = within(screen.getByRole('navigation', { name: '分页' }));
    const prev = nav.getByRole('link', { name: /上一页/ });
    const next = nav.getByRole('link', { name: /下一页/ });
    expect(prev.getAttribute('href')).toBe('/');
    expect(prev.getAttribute('rel')).toBe('prev');
    expect(next.getAttribute('href')).toBe('/page/3');
    expect(next.getAttribute('rel')).toBe('next');
    expect(nav.getByText('第 2 / 3 页')).toBeTruthy();
  });

  it('has no previous link on the first page', () => {
    render(<Pagination page={1} totalPages={3} nextUrl="/category/macro/page/2" />);
    const nav = within(screen.getByRole('navigation', { name: '分页' }));
    expect(nav.queryByRole('link', { name: /上一页/ })).toBeNull();
    expect(nav.getByRole('link', { name: /下一页/ }).getAttribute('href')).toBe('/category/macro/page/2');
    expect(nav.getByText('第 1 / 3 页')).toBeTruthy();
  });

  it('has no next link on the last page', () => {
    render(<Pagination page={3} totalPages={3} prevUrl="/page/2" />);
    const nav = within(screen.getByRole('navigation', { name: '分页' }));
    expect(nav.queryByRole('link', { name: /下一页/ })).toBeNull();
    expect(nav.getByRole('link', { name: /上一页/ }).getAttribute('href')).toBe('/page/2');
  });
});
