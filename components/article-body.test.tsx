// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/render/render';
import { ArticleBody } from './article-body';

afterEach(cleanup);

const markdown = [
  '第一段文字，**重点内容**在这里。',
  '',
  '外部链接：[新华网](https://www.news.cn/a.html)，旧站链接：[宏观栏目](//finews.withounder.com/category/abc.html)。',
  '',
  '<img src=x onerror="alert(1)"><script>alert(2)</script>',
  '',
  '<a href="javascript:alert(3)" onclick="alert(4)">点我</a>',
  '',
  '结尾段落。',
].join('\n');

function renderMarkdown() {
  const { tree } = renderBody(markdown, { legacyHosts: ['finews.withounder.com'] });
  return render(<ArticleBody tree={tree} />);
}

describe('ArticleBody', () => {
  it('shows the paragraphs and bold text of the body', () => {
    renderMarkdown();
    expect(screen.getByText(/第一段文字/).tagName).toBe('P');
    expect(screen.getByText('重点内容').tagName).toBe('STRONG');
    expect(screen.getByText('结尾段落。')).toBeTruthy();
  });

  it('points a legacy-site link at the same page on this site, in the same tab', () => {
    renderMarkdown();
    const link = screen.getByRole('link', { name: '宏观栏目' });
    expect(link.getAttribute('href')).toBe('/category/abc');
    expect(link.getAttribute('target')).toBeNull();
  });

  it('opens an external link in a new tab with a safe rel', () => {
    renderMarkdown();
    const link = screen.getByRole('link', { name: /^新华网/ });
    expect(link.getAttribute('href')).toBe('https://www.news.cn/a.html');
    // The mark that it leaves the site is drawn by CSS, so the sentence's text stays as written.
    expect(link.textContent).toBe('新华网');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  it('renders no script and no event-handler attributes from raw HTML', () => {
    const { container } = renderMarkdown();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror], [onclick]')).toBeNull();
    expect(container.textContent).not.toContain('alert(2)');
    // The image itself survives, without its handler.
    expect(container.querySelector('img')?.getAttribute('src')).toBe('x');
  });

  it('drops a javascript: URL from a link', () => {
    const { container } = renderMarkdown();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getByText('点我')).toBeTruthy();
  });
});
