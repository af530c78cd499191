import 'server-only';
import { resolveLegacyPath } from './legacy-paths';
import { resolveList, toListUrl } from './lists';
import type { Snapshot } from '../content/post-store';
import { parseSitemapChunkId } from '../publish/sitemap';
import { getStore } from '../store';
import { parseListPath, parseRouteParam, toPostUrl, withTags } from './urls';

export type RouteDecision = { action: 'serve' } | { action: 'missing' } | { action: 'redirect'; to: string };

/**
 * Decides, before rendering, whether a path names something that exists. Next renders a
 * page's notFound() with an empty HTML body in production builds, so missing things are
 * answered here instead, by the framework's own 404 page. Old Jekyll URLs redirect.
 * `pathname` is percent-encoded, as requested.
 */
export async function resolveRoute(pathname: string, tags: string[] = []): Promise<RouteDecision> {
  return decideRoute(await getStore().getSnapshot(), pathname, tags, Date.now());
}

export function decideRoute(snapshot: Snapshot, pathname: string, tags: string[], now: number): RouteDecision {
  const post = /^\/posts\/([^/]+)\/?$/.exec(pathname);
  if (post?.[1]) {
    const found = snapshot.bySlug.get(parseRouteParam(post[1]));
    return found && found.date <= now ? { action: 'serve' } : { action: 'missing' };
  }
  const feed = /^\/category\/([^/]+)\/feed\.xml$/.exec(pathname);
  if (feed?.[1]) {
    const category = { kind: 'category' as const, key: parseRouteParam(feed[1]), page: 1, tags: [] };
    return resolveList(snapshot, category, now) ? { action: 'serve' } : { action: 'missing' };
  }
  const list = parseListPath(pathname);
  // Page 1 of a list is the list itself: the one place this redirect is made.
  if (list?.page === 1 && /\/page\/[^/]+\/?$/.test(pathname)) return { action: 'redirect', to: withTags(toListUrl(list.kind, list.key), tags) };
  if (list) return resolveList(snapshot, { ...list, tags }, now) ? { action: 'serve' } : { action: 'missing' };
  if (/^\/tags\/?$/.test(pathname)) return { action: 'serve' };
  if (/^\/(category|tags|page)(\/|$)/.test(pathname)) return { action: 'missing' };
  // Child sitemaps are numbered; anything else there would only fill the route cache.
  if (/^\/sitemaps(\/|$)/.test(pathname)) {
    const id = /^\/sitemaps\/([^/]+)$/.exec(pathname)?.[1];
    return id && parseSitemapChunkId(id) ? { action: 'serve' } : { action: 'missing' };
  }
  const old = snapshot.byOldPath.get(parseRouteParam(pathname));
  if (old && old.date <= now) return { action: 'redirect', to: toPostUrl(old.slug) };
  // The old site's own pages: /index.html, an index page such as /emnews/, a source at /<slug>/.
  const legacy = pathname === '/' ? undefined : resolveLegacyPath(pathname, snapshot, now);
  if (legacy?.found && legacy.href !== pathname) return { action: 'redirect', to: legacy.href };
  return { action: 'serve' };
}
