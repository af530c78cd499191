// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PostMeta } from './post-meta';

afterEach(cleanup);

const base = {
  dateText: '2022年4月24日 08:30',
  dateIso: '2022-04-24T08:30:00+08:00',
  category: { name: '财经', url: '/category/caijing' },
  tags: [
    { name: '股市', url: '/tags/%E8%82%A1%E5%B8%82' },
    { name: 'A股', url: '/tags/A%E8%82%A1' },
  ],
};

describe('PostMeta', () => {
  it('shows the date in a time element with a machine-readable dateTime', () => {
    const { container } = render(<PostMeta {...base} />);
    const time = container.querySelector('time');
    expect(time?.textContent).toBe('2022年4月24日 08:30');
    expect(time?.getAttribute('datetime')).toBe('2022-04-24T08:30:00+08:00');
  });

  it('links the category and each tag', () => {
    render(<PostMeta {...base} />);
    expect(screen.getByRole('link', { name: '财经' }).getAttribute('href')).toBe('/category/caijing');
    const tags = within(screen.getByRole('list', { name: '标签' }));
    expect(tags.getAllByRole('listitem')).toHaveLength(2);
    expect(tags.getByRole('link', { name: '#股市' }).getAttribute('href')).toBe('/tags/%E8%82%A1%E5%B8%82');
    expect(tags.getByRole('link', { name: '#A股' }).getAttribute('href')).toBe('/tags/A%E8%82%A1');
  });

  it('shows the reading time when given', () => {
    render(<PostMeta {...base} readingMinutes={7} />);
    expect(screen.getByText('约 7 分钟读完')).toBeTruthy();
  });

  it('shows no reading time when not given', () => {
    const { container } = render(<PostMeta {...base} />);
    expect(container.textContent).not.toContain('分钟读完');
  });

  it('leaves out the category link and the tag list when there are none', () => {
    render(<PostMeta dateText={base.dateText} dateIso={base.dateIso} tags={[]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('list', { name: '标签' })).toBeNull();
  });
});
