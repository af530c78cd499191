import type { ListKind } from '../types';

function withPage(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

export function toHomeUrl(page = 1): string {
  return withPage('/', page);
}

export function toPostUrl(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

export function toCategoryUrl(slug: string, page = 1): string {
  return withPage(`/category/${encodeURIComponent(slug)}`, page);
}

export function toTagUrl(tag: string, page = 1): string {
  return withPage(`/tags/${encodeURIComponent(tag)}`, page);
}

/** Every source (category) with its post count. */
export function toSourcesUrl(): string {
  return '/categories';
}

/** Every tag with its count, or the tags of one category. */
export function toTagIndexUrl(category?: string): string {
  return category === undefined ? '/tags' : `/tags?${new URLSearchParams([['category', category]]).toString()}`;
}

/** A page number from a URL segment: a plain positive integer, else undefined. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9]\d{0,6}$/.test(segment) ? Number(segment) : undefined;
}

/**
 * A route param as the reader typed it. Production and dev builds hand over
 * non-ASCII segments differently (encoded or not), so decode when it is still encoded.
 */
export function parseRouteParam(segment: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(segment)) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A list URL with its tag filter as `?tag=A&tag=B`, the form readers share. */
export function withTags(url: string, tags: string[]): string {
  if (tags.length === 0) return url;
  const query = new URLSearchParams(tags.map((tag) => ['tag', tag]));
  return `${url}?${query.toString()}`;
}

/** Selected tags from `?tag=` values: trimmed, non-empty, no repeats, at most a handful. */
export function parseTagParams(values: string | string[] | undefined): string[] {
  const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
  return [...new Set(list.map((value) => value.trim()).filter(Boolean))].slice(0, 8);
}

export type ListQuery = { kind: ListKind; key: string; page: number; tags: string[] };

/** The internal /filtered route's query (see proxy.ts); undefined when it names no list. */
export function parseListQuery(query: Record<string, string | string[] | undefined>): ListQuery | undefined {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  const kind = one(query.view);
  const key = one(query.key);
  const page = parsePageNumber(one(query.page) || '1');
  if (!page || (kind !== 'home' && kind !== 'category' && kind !== 'tag')) return undefined;
  if (kind !== 'home' && !key) return undefined;
  return { kind, key: kind === 'home' ? '' : key, page, tags: parseTagParams(query.tag) };
}

/** Which list a public path names (/, /page/2, /category/x, /tags/y/page/3), for the filter rewrite. */
export function parseListPath(pathname: string): Omit<ListQuery, 'tags'> | undefined {
  const match = /^(?:\/(category|tags)\/([^/]+))?(?:\/page\/([^/]+))?\/?$/.exec(pathname);
  if (!match) return undefined;
  const [, section, rawKey, rawPage] = match;
  const page = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  if (!page) return undefined;
  const kind = section === 'category' ? 'category' : section === 'tags' ? 'tag' : 'home';
  return { kind, key: rawKey ? parseRouteParam(rawKey) : '', page };
}
