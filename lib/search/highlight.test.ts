import { describe, expect, it } from 'vitest';
import { toSegments, toSnippet } from './highlight';

describe('highlighting', () => {
  it('marks every match, longest needle first, ignoring case', () => {
    expect(toSegments('小微企业和GDP', ['小微企业', '小微', 'gdp'])).toEqual([
      { text: '小微企业', hit: true },
      { text: '和', hit: false },
      { text: 'GDP', hit: true },
    ]);
  });

  it('cuts a window around the first match', () => {
    const text = `${'前'.repeat(100)}小微企业${'后'.repeat(200)}`;
    const snippet = toSnippet(text, '小微企业');
    const joined = snippet.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['小微企业']);
  });

  it('starts at the beginning when the match is only in the title', () => {
    expect(toSnippet('正文开头', '标题词')).toEqual([{ text: '正文开头', hit: false }]);
  });
});
