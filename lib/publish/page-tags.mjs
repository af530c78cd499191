// @ts-check
// The cache tags of a page, from the key Next caches it under (its path). A change to the posts
// folder names the tags it touches (lib/publish/invalidation.ts) and only pages carrying one of
// them are made again. Plain JS: the page cache (server/next-cache-handler.mjs) is loaded by Node
// itself, outside the bundle. lib/publish/page-tags.test.ts holds these shapes to lib/site/urls.ts.

/** Every page that is not one of the shapes below: dropped on any change, to be safe. */
export const OTHER_TAG = 'other';
/** /categories: every source with its count. */
export const SOURCES_TAG = 'sources';
/** /tags: every tag with its count. */
export const TAG_INDEX_TAG = 'tag-index';
/** /sitemap.xml and its children: every new post shifts every child. */
export const SITEMAP_TAG = 'sitemap';

/** @param {string} slug */
export function postTag(slug) {
  return `post:${slug}`;
}

/**
 * Every page of a list, its feeds included: the tag chips count the whole list, so a change
 * anywhere in it reaches every page.
 * @param {'home' | 'category' | 'tag'} kind
 * @param {string} [key]
 */
export function listTag(kind, key = '') {
  return kind === 'home' ? 'list:home' : `list:${kind}:${key}`;
}

/** @param {string} segment */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** @type {[RegExp, (key: string) => string][]} */
const SHAPES = [
  [/^\/(?:index|page\/\d+|feed\.xml|feed\.json)?$/, () => listTag('home')],
  [/^\/category\/([^/]+)(?:\/page\/\d+|\/feed\.xml)?$/, (key) => listTag('category', key)],
  [/^\/tags\/([^/]+)(?:\/page\/\d+)?$/, (key) => listTag('tag', key)],
  [/^\/posts\/([^/]+)(?:\/.*)?$/, (slug) => postTag(slug)],
  [/^\/categories$/, () => SOURCES_TAG],
  [/^\/tags$/, () => TAG_INDEX_TAG],
  [/^\/(?:sitemap\.xml|sitemaps\/[^/]+)$/, () => SITEMAP_TAG],
];

/**
 * The tags of the page cached under `key`. Next hands keys over with non-ASCII segments encoded
 * or not, depending on the route; both give the same tag.
 * @param {string} key
 * @returns {string[]}
 */
export function pageTags(key) {
  const path = key.split('?')[0] ?? key;
  for (const [pattern, toTag] of SHAPES) {
    const match = pattern.exec(path);
    if (match) return [toTag(decodeSegment(match[1] ?? ''))];
  }
  return [OTHER_TAG];
}
