// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceLink } from './source-link';

afterEach(cleanup);

describe('SourceLink', () => {
  it('links to the source, naming its host, in a region labelled 原文链接', () => {
    render(<SourceLink url="https://www.cls.cn/detail/123456" host="www.cls.cn" />);
    const region = within(screen.getByRole('complementary', { name: '原文链接' }));
    const link = region.getByRole('link', { name: /www\.cls\.cn/ });
    expect(link.getAttribute('href')).toBe('https://www.cls.cn/detail/123456');
  });

  it('opens the source in a new tab without leaking the opener or referrer, and says so', () => {
    render(<SourceLink url="https://www.cls.cn/detail/123456" host="www.cls.cn" />);
    const link = screen.getByRole('link', { name: /www\.cls\.cn/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(link.textContent).toContain('在新标签页打开');
  });
});
