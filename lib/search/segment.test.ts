import { describe, expect, it } from 'vitest';
import { toRuns, toTerms } from './segment';

describe('toTerms', () => {
  it('splits Chinese into overlapping character pairs', () => {
    expect(toTerms('小微企业')).toEqual(['小微', '微企', '企业']);
  });

  it('keeps Latin words and numbers whole and lower-cased', () => {
    expect(toTerms('GDP增长2022年')).toEqual(['gdp', '增长', '2022', '年']);
  });

  it('treats punctuation, spaces and symbols as separators', () => {
    expect(toTerms('利率，汇率！ ETF*%"')).toEqual(['利率', '汇率', 'etf']);
  });

  it('folds full-width letters and digits to their plain forms', () => {
    expect(toTerms('ＧＤＰ１２')).toEqual(['gdp12']);
  });

  it('gives nothing for a query with no letters, digits or Han characters', () => {
    expect(toTerms('* " % 😀 <script>')).toEqual(['script']);
    expect(toTerms('* " % 😀')).toEqual([]);
  });
});

describe('toRuns', () => {
  it('gives the words to highlight', () => {
    expect(toRuns('小微 GDP')).toEqual(['小微', 'gdp']);
  });
});
