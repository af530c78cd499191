import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, toPage, toVisible } from './pagination';

const items = Array.from({ length: 45 }, (_, i) => `第${i + 1}篇`);

describe('toPage', () => {
  it('shows 20 items a page', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(toPage(items, 1)).toEqual({ items: items.slice(0, 20), page: 1, totalPages: 3, total: 45 });
    expect(toPage(items, 2)?.items[0]).toBe('第21篇');
  });

  it('puts the remainder on the last page', () => {
    expect(toPage(items, 3)?.items).toEqual(['第41篇', '第42篇', '第43篇', '第44篇', '第45篇']);
  });

  it('has no page past the last, and no page 0', () => {
    expect(toPage(items, 4)).toBeUndefined();
    expect(toPage(items, 0)).toBeUndefined();
    expect(toPage(items, -1)).toBeUndefined();
    expect(toPage(items, 1.5)).toBeUndefined();
  });

  it('has exactly one page for exactly 20 items', () => {
    expect(toPage(items.slice(0, 20), 1)?.totalPages).toBe(1);
    expect(toPage(items.slice(0, 20), 2)).toBeUndefined();
  });

  it('has an empty page 1 for an empty list', () => {
    expect(toPage([], 1)).toEqual({ items: [], page: 1, totalPages: 1, total: 0 });
    expect(toPage([], 2)).toBeUndefined();
  });
});

describe('toVisible', () => {
  const now = Date.UTC(2024, 5, 18, 12, 0);
  const hour = 3_600_000;
  const newestFirst = [
    { title: '明日早报', date: now + 12 * hour },
    { title: '一小时后', date: now + hour },
    { title: '此刻', date: now },
    { title: '昨日', date: now - 24 * hour },
  ];

  it('hides posts dated in the future', () => {
    expect(toVisible(newestFirst, now).map((item) => item.title)).toEqual(['此刻', '昨日']);
  });

  it('shows a future post once its time comes', () => {
    expect(toVisible(newestFirst, now + hour).map((item) => item.title)).toEqual(['一小时后', '此刻', '昨日']);
  });

  it('keeps a list with nothing in the future as it is', () => {
    expect(toVisible(newestFirst.slice(2), now)).toEqual(newestFirst.slice(2));
    expect(toVisible([], now)).toEqual([]);
  });
});
