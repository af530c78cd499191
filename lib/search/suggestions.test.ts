import { describe, expect, it } from 'vitest';
import { parseSuggestions, toSuggestions } from './suggestions';

const found = { title: '央行降准', url: '/posts/rrr', dateText: '2022年4月15日', category: { name: '宏观' }, snippet: [{ text: '降准', hit: true }] };

describe('search suggestions', () => {
  it('reads back what the server sends, through JSON', () => {
    const sent = toSuggestions('降准', 1, [found]);
    expect(parseSuggestions(JSON.parse(JSON.stringify(sent)))).toEqual({ query: '降准', total: 1, items: [{ ...found, category: '宏观' }] });
  });

  it('refuses an answer of another shape, or one linking off the site', () => {
    expect(parseSuggestions({ query: 'x', total: 1, items: [{ title: 1 }] })).toBeUndefined();
    expect(parseSuggestions('<html>')).toBeUndefined();
    expect(parseSuggestions(null)).toBeUndefined();
    expect(parseSuggestions(toSuggestions('x', 1, [{ ...found, url: 'https://evil.example/' }]))).toBeUndefined();
    expect(parseSuggestions(toSuggestions('x', 1, [{ ...found, url: '//evil.example/' }]))).toBeUndefined();
  });
});
