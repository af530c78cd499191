import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { toClosers } from './raw-html.mjs';
import { renderBody } from './render';

function render(markdown: string): string {
  return toHtml(renderBody(markdown, { legacyHosts: [] }).tree);
}

describe('toClosers', () => {
  it.each([
    ['<!-- 没有结束的注释', '-->'],
    ['<style>p{}', '</style>'],
    ['<textarea>文字', '</textarea>'],
    ['<svg><g><rect/></g>', '</svg>'],
    ['<select><option>甲', '</option></select>'],
    ['<div><math><mi>x</mi>', '</math>'],
    ['<math><mtext><table><mglyph><style>x', '</style></mglyph></table></mtext></math>'],
  ])('closes what %j leaves open', (html, closers) => {
    expect(toClosers(html)).toBe(closers);
  });

  it.each(['<div>', '<table><tr><td>格', '<svg></svg>', '<style>a{}</style>', '<!-- 注释 -->', '<img src=x><br>'])(
    'leaves %j alone: nothing dropped is left open',
    (html) => {
      expect(toClosers(html)).toBe('');
    },
  );
});

describe('renderBody: a broken tag costs only its own block', () => {
  it.each([
    '<style>p{color:red}',
    '<script>alert(1)',
    '<textarea>没有结束',
    '<title>没有结束',
    '<iframe src="https://evil.example/">',
    '<!-- 没有结束的注释',
    '<select><option>选项',
    '<svg><title>图形标题',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    '文字<button>按钮',
  ])('%j does not swallow the paragraphs after it', (broken) => {
    const html = render(`开头一段。\n\n${broken}\n\n中间一段。\n\n<p>最后一段。</p>\n`);
    expect(html).toContain('<p>开头一段。</p>');
    expect(html).toContain('<p>中间一段。</p>');
    expect(html).toContain('<p>最后一段。</p>');
    expect(html).not.toContain('alert');
  });

  it('shows what follows <plaintext> as the post, not as markup', () => {
    const html = render('开头。\n\n<plaintext>纯文本\n\n<p>最后一段。</p>\n');
    expect(html).toContain('<p>最后一段。</p>');
    expect(html).not.toContain('&#x3C;p>');
  });

  it('still wraps Markdown in a <div> closed in a later block', () => {
    expect(render('<div>\n\n**加粗**\n\n</div>\n\n末段。')).toBe('<div>\n<p><strong>加粗</strong></p>\n</div>\n<p>末段。</p>');
  });

  it('still joins table rows written in separate blocks', () => {
    const html = render('<table>\n<tr><td>甲</td></tr>\n\n<tr><td>乙</td></tr>\n</table>\n');
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).toMatch(/<td>甲<\/td><\/tr>\s*<tr><td>乙<\/td>/);
  });

  it('keeps the text of a closed inline script hidden and a fenced example as code', () => {
    expect(render('前<script>秘密</script>后')).toBe('<p>前后</p>');
    expect(render('```html\n<style>p{}\n```\n\n末段。')).toContain('<code class="language-html">&#x3C;style>p{}\n</code>');
  });
});
