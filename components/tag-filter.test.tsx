// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toChips } from '@/lib/site/tags';
import { withTags } from '@/lib/site/urls';
import { TagFilter } from './tag-filter';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

beforeEach(() => push.mockReset());
afterEach(cleanup);

const chips = Array.from({ length: 15 }, (_, i) => ({
  name: `标签${i + 1}`,
  count: 30 - i,
  selected: i === 0,
  url: `/?tag=${i + 1}`,
}));

describe('TagFilter', () => {
  it('shows chips as toggle buttons with counts, pressed when selected', () => {
    render(<TagFilter chips={chips} clearUrl="/">列表</TagFilter>);
    expect(screen.getByRole('button', { name: /^标签1\s*30 篇$/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /^标签2\s*29 篇$/ }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: /^标签2\s*29 篇$/ }).getAttribute('href')).toBe('/?tag=2');
  });

  it('shows the twelve most used chips lib sends, a selected one beyond them, and links to the rest', () => {
    const counts = Array.from({ length: 40 }, (_, i) => ({ name: `标签${i + 1}`, count: 100 - i }));
    const bounded = toChips(counts, ['标签30'], (tags) => withTags('/category/macro', tags));
    const { container } = render(
      <TagFilter chips={bounded.chips} more={{ url: '/tags?category=macro', count: bounded.hidden }}>
        列表
      </TagFilter>,
    );
    const row = within(screen.getByRole('region', { name: '按标签筛选' }));
    const names = row.getAllByRole('button').map((chip) => chip.firstChild?.textContent);
    expect(row.getAllByRole('button')).toHaveLength(13);
    expect(names.slice(0, 3)).toEqual(['标签1', '标签2', '标签3']);
    expect(row.getByRole('button', { name: /^标签30\s*71 篇$/ }).getAttribute('aria-pressed')).toBe('true');
    expect(row.queryByRole('button', { name: /^标签13\s/ })).toBeNull();
    const more = row.getByRole('link', { name: '更多标签（27）' });
    expect(more.getAttribute('href')).toBe('/tags?category=macro');
    expect(container.querySelector('details')).toBeNull();
    expect(container.textContent).not.toContain('标签31');
  });

  it('has no 更多标签 link when lib sends every tag', () => {
    render(<TagFilter chips={chips.slice(0, 5)}>列表</TagFilter>);
    expect(screen.queryByRole('link', { name: /更多标签/ })).toBeNull();
  });

  it('moves to the chip’s URL in place, without a page load', async () => {
    render(<TagFilter chips={chips} clearUrl="/">列表</TagFilter>);
    const chip = screen.getByRole('button', { name: /^标签2\s*29 篇$/ });
    await act(async () => {
      fireEvent.click(chip);
    });
    expect(push).toHaveBeenCalledWith('/?tag=2', { scroll: false });
  });

  it('lets a modified click open a new tab instead', () => {
    render(<TagFilter chips={chips}>列表</TagFilter>);
    fireEvent.click(screen.getByRole('button', { name: /^标签2\s*29 篇$/ }), { ctrlKey: true });
    expect(push).not.toHaveBeenCalled();
  });

  it('toggles a chip with the space bar', async () => {
    render(<TagFilter chips={chips}>列表</TagFilter>);
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: /^标签3\s*28 篇$/ }), { key: ' ' });
    });
    expect(push).toHaveBeenCalledWith('/?tag=3', { scroll: false });
  });

  it('offers 清除筛选 only while a filter is on', async () => {
    const { rerender } = render(<TagFilter chips={chips} clearUrl="/">列表</TagFilter>);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: '清除筛选' }));
    });
    expect(push).toHaveBeenCalledWith('/', { scroll: false });
    rerender(<TagFilter chips={chips.map((chip) => ({ ...chip, selected: false }))}>列表</TagFilter>);
    expect(screen.queryByRole('link', { name: '清除筛选' })).toBeNull();
    expect(screen.getByText('列表')).toBeTruthy();
  });
});
