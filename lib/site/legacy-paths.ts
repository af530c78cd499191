import type { Snapshot } from '../content/snapshot';
import { parseRouteParam, toCategoryUrl, toPostUrl, toTagUrl } from './urls';

/** What a link needs to know of the index to find its page. */
export type LinkTargets = Pick<Snapshot, 'bySlug' | 'byOldPath' | 'byCategory' | 'byTag' | 'byPagePath'>;

/** Where an internal link lands; `found` is false when it named nothing and was sent to the nearest page. */
export type ResolvedPath = { href: string; found: boolean };

// This site's own pages that are not in the index; a link to one is kept as written.
const OWN_ROUTES = /^\/(?:feed\.xml|feed\.json|sitemap\.xml|robots\.txt|search|categories|tags|page\/[1-9]\d{0,6})\/?$/;
const HOME = /^\/(?:index\.html?|readme\.html?)?$/i;

function splitSuffix(href: string): { path: string; query: string; hash: string } {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return { path: queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt), query: queryAt < 0 ? '' : beforeHash.slice(queryAt), hash };
}

/** One leading slash and no backslashes: browsers read a leading // or /\ as another host. */
function toSafePath(path: string): string {
  return `/${path.replace(/\\/g, '/').replace(/^\/+/, '')}`;
}

/** A category by its slug; a slug with spaces was split by Jekyll, so its first known part stands in. */
function category(targets: LinkTargets, slug: string | undefined): string | undefined {
  if (slug === undefined) return undefined;
  if (targets.byCategory.has(slug)) return toCategoryUrl(slug);
  const part = slug.split(/\s+/).find((piece) => targets.byCategory.has(piece));
  return part === undefined ? undefined : toCategoryUrl(part);
}

/** The page an old-site or in-site path names, by what the index holds; undefined when it names nothing. */
function findPage(path: string, targets: LinkTargets, now: number): string | undefined {
  if (HOME.test(path)) return '/';
  const decoded = parseRouteParam(path);
  const post = (slug: string | undefined) => {
    const found = slug === undefined ? undefined : targets.bySlug.get(slug);
    return found && found.date <= now ? toPostUrl(found.slug) : undefined;
  };
  const old = targets.byOldPath.get(decoded) ?? targets.byOldPath.get(decoded.toLowerCase());
  if (old) return post(old.slug);
  const listed = targets.byPagePath.get(decoded) ?? targets.byPagePath.get(decoded.endsWith('/') ? decoded : `${decoded}/`);
  if (listed) return toCategoryUrl(listed);
  const segments = decoded.split('/').filter(Boolean);
  const [first, second] = segments;
  const last = segments.at(-1)?.replace(/\.html?$/i, '');
  if (first === 'category' && segments.length === 2) return category(targets, last);
  if (/^tags?$/.test(first ?? '') && segments.length === 2 && last !== undefined) return targets.byTag.has(last) ? toTagUrl(last) : undefined;
  if (first === 'posts' && segments.length === 2) return post(second);
  // Jekyll's post permalink ends in /:year/:month/:day/:title.html, whatever the categories before it.
  const dated = post(/\/\d{4}\/\d{2}\/\d{2}\/([^/]+?)\.html?$/i.exec(decoded)?.[1]);
  if (dated) return dated;
  // The old site's links back to a source (`../emnews/`, `/emnews/`) name it by its last segment.
  return category(targets, last);
}

/** Where a path that names nothing is sent: the list of its kind, else home. */
function toNearest(path: string): string {
  if (/^\/category(?:\/|$)/i.test(path)) return '/categories';
  if (/^\/tags?(?:\/|$)/i.test(path)) return '/tags';
  return '/';
}

/**
 * Maps a link to the old Jekyll site, or a path inside this one, to the page it meant. A path
 * that names nothing goes to the nearest page that exists rather than to a 404. `href` is a
 * path from the site root; its fragment is kept, and its query when it is one of this site's pages.
 * A post dated after `now` is not there yet.
 */
export function resolveLegacyPath(href: string, targets: LinkTargets, now = Date.now()): ResolvedPath {
  const { path: rawPath, query, hash } = splitSuffix(href);
  const path = toSafePath(rawPath);
  if (OWN_ROUTES.test(path)) return { href: `${path}${query}${hash}`, found: true };
  const page = findPage(path, targets, now);
  if (page) return { href: `${page}${page === path ? query : ''}${hash}`, found: true };
  return { href: toNearest(path), found: false };
}

/** A relative link of the old site (`../emnews/`, `./`) as a path from the root: it is named by what follows the dots. */
export function toRootPath(relative: string): string {
  return `/${relative.replace(/^(?:\.{1,2}\/)+/, '').replace(/^\.{1,2}$/, '')}`;
}
