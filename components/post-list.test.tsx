// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostItem } from '@/lib/views';
import { PostList } from './post-list';

afterEach(cleanup);

const items: PostItem[] = [
  {
    title: '央行宣布降准0.25个百分点',
    url: '/posts/rrr-cut',
    dateText: '2022年4月15日',
    dateIso: '2022-04-15T00:00:00+08:00',
    category: { name: '宏观', url: '/category/macro' },
    tags: [{ name: '央行', url: '/tags/%E5%A4%AE%E8%A1%8C' }],
    excerpt: '中国人民银行决定于4月25日下调金融机构存款准备金率。',
  },
  {
    title: '沪指收涨1.2%',
    url: '/posts/market-close',
    dateText: '2022年4月14日 15:05',
    dateIso: '2022-04-14T15:05:00+08:00',
    tags: [],
    excerpt: '',
  },
];

function getItem(title: string): HTMLElement {
  const item = screen.getByRole('link', { name: title }).closest('li');
  if (!item) throw new Error(`no list item around ${title}`);
  return item;
}

describe('PostList', () => {
  it('lists every post in order with its title linking to the post', () => {
    render(<PostList items={items} />);
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['央行宣布降准0.25个百分点', '沪指收涨1.2%']);
    expect(screen.getByRole('link', { name: '央行宣布降准0.25个百分点' }).getAttribute('href')).toBe('/posts/rrr-cut');
    expect(screen.getByRole('link', { name: '沪指收涨1.2%' }).getAttribute('href')).toBe('/posts/market-close');
  });

  it('shows each post’s date, category, tags and excerpt', () => {
    render(<PostList items={items} />);
    const first = within(getItem('央行宣布降准0.25个百分点'));
    const time = first.getByText('2022年4月15日');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2022-04-15T00:00:00+08:00');
    expect(first.getByRole('link', { name: '宏观' }).getAttribute('href')).toBe('/category/macro');
    const tags = within(first.getByRole('list', { name: '标签' }));
    expect(tags.getByRole('link', { name: '#央行' }).getAttribute('href')).toBe('/tags/%E5%A4%AE%E8%A1%8C');
    expect(first.getByText('中国人民银行决定于4月25日下调金融机构存款准备金率。')).toBeTruthy();
  });

  it('shows a post without category, tags or excerpt with just its title and date', () => {
    render(<PostList items={items} />);
    const second = within(getItem('沪指收涨1.2%'));
    expect(second.getByText('2022年4月14日 15:05').getAttribute('datetime')).toBe('2022-04-14T15:05:00+08:00');
    expect(second.getAllByRole('link')).toHaveLength(1);
    expect(second.queryByRole('list', { name: '标签' })).toBeNull();
    expect(second.queryByRole('paragraph')).toBeNull();
  });

  it('says there are no posts yet when the list is empty', () => {
    render(<PostList items={[]} />);
    expect(screen.getByText('这里还没有文章。')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
