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
