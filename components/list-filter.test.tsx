// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexView } from '@/lib/views';
import { LinkIndex } from './link-index';
import { ListFilter } from './list-filter';

afterEach(cleanup);

const view: IndexView = {
  title: '全部来源',
  description: '全部 4 个来源',
  url: '/categories',
  entries: [
    { name: '青岛财经网', detail: 'qingdaocaijingwang', count: 12, url: '/category/qingdaocaijingwang' },
    { name: '宏观经济', detail: 'hongguan', count: 7, url: '/category/hongguan' },
    { name: 'EMNews', detail: 'emnews', count: 3, url: '/category/emnews' },
    { name: 'piliang', count: 25, url: '/category/piliang' },
  ],
};

const type = (text: string) => fireEvent.change(screen.getByRole('searchbox', { name: '筛选来源' }), { target: { value: text } });
const visibleLinks = () => screen.getAllByRole('link').map((link) => link.getAttribute('href'));

describe('ListFilter on the sources index', () => {
  it('shows every entry with its slug and count, and the count of them', () => {
    render(<LinkIndex view={view} filterLabel="筛选来源" />);
    expect(screen.getByRole('heading', { level: 1, name: '全部来源' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^青岛财经网\s*qingdaocaijingwang\s*12 篇$/ }).getAttribute('href')).toBe('/category/qingdaocaijingwang');
    expect(screen.getByRole('status').textContent).toBe('显示 4 个');
  });

  it('hides entries that do not match as the reader types, by name or slug, ignoring case', () => {
    render(<LinkIndex view={view} filterLabel="筛选来源" />);
    type('财经');
    expect(visibleLinks()).toEqual(['/category/qingdaocaijingwang']);
    expect(screen.getByRole('status').textContent).toBe('显示 1 个');
    type('EM');
    expect(visibleLinks()).toEqual(['/category/emnews']);
    type('hong');
    expect(visibleLinks()).toEqual(['/category/hongguan']);
    type('没有这个');
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('显示 0 个');
    type('  ');
    expect(visibleLinks()).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toBe('显示 4 个');
  });

  it('is a labelled search box, enabled once the page runs JavaScript', () => {
    render(
      <ListFilter label="筛选标签" total={1}>
        <ul>
          <li data-filter="利率">利率</li>
        </ul>
      </ListFilter>,
    );
    const box = screen.getByRole('searchbox', { name: '筛选标签' });
    expect(box.hasAttribute('disabled')).toBe(false);
    expect(box.className).toMatch(/\bmin-h-11\b/);
  });
});
