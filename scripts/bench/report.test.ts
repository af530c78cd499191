import { describe, expect, it } from 'vitest';
import { atMost, median, percentile, row, toTable } from './report';

describe('bench report', () => {
  it('takes medians of odd and even counts, ignoring missing values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 100)).toBe(20);
  });

  it('marks each figure against its target and aligns the table', () => {
    const rows = [row('first render p95', 180, ' ms', atMost(150, ' ms')), row('cold start', 4200, ' ms', atMost(10000, ' ms')), row('hugo', undefined, '', undefined)];
    expect(rows.map((r) => r.met)).toEqual([false, true, undefined]);
    const lines = toTable(rows);
    expect(lines[2]).toMatch(/^first render p95 +180 ms +≤ 150 ms +NOT MET$/);
    expect(lines[3]).toMatch(/4,200 ms +≤ 10000 ms +met$/);
    expect(lines[4]).toMatch(/^hugo +n\/a$/);
  });
});
