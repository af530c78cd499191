import type { Page } from '../types';

export const PAGE_SIZE = 20;

/** One page of a list; undefined past the last page. Page 1 of an empty list exists. */
export function toPage<T>(items: T[], page: number, size = PAGE_SIZE): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages, total: items.length };
}

/** Lists are newest first, so posts dated in the future sit at the front until their time comes. */
export function toVisible<T extends { date: number }>(items: T[], now: number): T[] {
  let first = 0;
  while (first < items.length && (items[first]?.date ?? 0) > now) first += 1;
  return first === 0 ? items : items.slice(first);
}
