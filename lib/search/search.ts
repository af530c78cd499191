import 'server-only';
import { toPlainText } from '../render/excerpt';
import { toSnippet } from './highlight';
import { toPostItem } from '../site/present';
import type { SearchItem, SearchView } from '../views';
import { getSearchIndex, getStore } from '../store';

export const MAX_QUERY_LENGTH = 100;
const PAGE_SIZE = 10;


/** The query as searched: one line, trimmed, at most MAX_QUERY_LENGTH characters. */
export function toSearchQuery(raw: string | string[] | undefined): { query: string; truncated: boolean } {
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return { query: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: chars.length > MAX_QUERY_LENGTH };
}

export function toSearchUrl(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

/** Posts matching every term of the query, one page of them, with highlighted snippets. */
export async function searchPosts(raw: string | string[] | undefined, page = 1, pageSize = PAGE_SIZE): Promise<SearchView> {
  const { query, truncated } = toSearchQuery(raw);
  const store = getStore();
  const snapshot = await store.getSnapshot();
  const result = getSearchIndex().search(query, { now: Date.now(), offset: (page - 1) * pageSize, limit: pageSize });
  const totalPages = Math.max(1, Math.ceil(result.total / pageSize));
  const items = await Promise.all(
    result.hits.map(async ({ doc }): Promise<SearchItem | undefined> => {
      const summary = snapshot.bySlug.get(doc.slug);
      if (!summary) return undefined;
      const post = await store.readPost(summary);
      const text = post ? toPlainText(post.body, Infinity) : summary.excerpt;
      return { ...toPostItem(summary, snapshot.site), snippet: toSnippet(text, query) };
    }),
  );
  return {
    query,
    truncated,
    page,
    total: result.total,
    totalPages,
    items: items.filter((item): item is SearchItem => item !== undefined),
    ...(page > 1 ? { prevUrl: toSearchUrl(query, page - 1) } : {}),
    ...(page < totalPages ? { nextUrl: toSearchUrl(query, page + 1) } : {}),
  };
}
