import { describe, expect, it } from 'vitest';
import { checkNesting, estimateNesting, MAX_NESTING } from './nesting.mjs';
import { renderBody } from './render';

describe('estimateNesting', () => {
  it('counts quote markers and list markers at the start of a line', () => {
    expect(estimateNesting('> > > 三层引用')).toBe(3);
    expect(estimateNesting('>>>>>紧挨着的引用')).toBe(5);
    expect(estimateNesting('* * * a')).toBe(3);
    expect(estimateNesting('- 一\n  - 二\n    - 三')).toBe(3);
  });

  it('counts HTML elements open at once, not ones the parser closes itself', () => {
    expect(estimateNesting('<div><div><span>字</span></div></div>')).toBe(3);
    expect(estimateNesting('<p>一<p>二<p>三<li>四<li>五')).toBe(0);
    expect(estimateNesting('<br><img src="a.png"><hr/>')).toBe(0);
    expect(estimateNesting('x <span>'.repeat(500))).toBeGreaterThan(MAX_NESTING);
  });

  it('leaves ordinary posts far below the bound', () => {
    const post = '<p>据新华社报道，<strong>央行</strong>今日宣布降准。</p>\n\n> 引用一段话\n\n- 要点一\n- 要点二\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(estimateNesting(post)).toBeLessThan(5);
    expect(checkNesting(post)).toBeUndefined();
  });
});

describe('the nesting bound', () => {
  it.each([
    ['2 KB of >', '>'.repeat(2000)],
    ['20 KB of >', '>'.repeat(20_000)],
    ['5,000 unclosed spans', 'x <span>'.repeat(5000)],
    ['5,000 nested divs', '<div>'.repeat(5000)],
    ['a list 300 deep', '* '.repeat(300) + 'a'],
  ])('refuses %s before parsing, with a reason instead of a stack overflow', (_name, body) => {
    expect(checkNesting(body)).toMatch(/more than 64 levels/);
    expect(() => renderBody(body, { legacyHosts: [] })).toThrow(/more than 64 levels/);
  });

  it('still renders a body nested to the bound', () => {
    const tree = renderBody('<div>'.repeat(MAX_NESTING) + '深处的字', { legacyHosts: [] }).tree;
    expect(JSON.stringify(tree)).toContain('深处的字');
  });
});
