// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('keeps all but the twelve most used behind 更多', () => {
    const { container } = render(<TagFilter chips={chips}>列表</TagFilter>);
    const details = container.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('更多标签（3）');
    expect(details?.textContent).toContain('标签13');
    expect(details?.textContent).not.toContain('标签12');
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
