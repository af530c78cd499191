import { toIsoWithOffset } from '../content/dates';
import { toVisible } from '../site/pagination';
import type { Snapshot } from '../content/post-store';
import { toAbsoluteUrl } from '../site/site';
import type { PostSummary, SiteConfig } from '../types';
import { toCategoryUrl, toHomeUrl, toPostUrl, toTagUrl } from '../site/urls';

/** The sitemaps protocol's limit of URLs in one file. */
export const SITEMAP_LIMIT = 50_000;
export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** One URL of the sitemap: absolute, with the time it last changed (ms since the epoch). */
export type SitemapEntry = { loc: string; lastmod: number };

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The home page, every category and tag with visible posts, then every visible post, newest first. */
export function toSitemapEntries(data: Pick<Snapshot, 'site' | 'posts' | 'byCategory' | 'byTag'>, now: number): SitemapEntry[] {
  const { site } = data;
  const entry = (path: string, lastmod: number): SitemapEntry => ({ loc: toAbsoluteUrl(site, path), lastmod });
  const lists = (map: Map<string, PostSummary[]>, toUrl: (key: string) => string) =>
    [...map.entries()].flatMap(([key, list]) => {
      const newest = toVisible(list, now)[0];
      return newest ? [entry(toUrl(key), newest.date)] : [];
    });
  const posts = toVisible(data.posts, now);
  return [
    entry(toHomeUrl(), posts[0]?.date ?? now),
    ...lists(data.byCategory, (key) => toCategoryUrl(key)),
    ...lists(data.byTag, (key) => toTagUrl(key)),
    ...posts.map((post) => entry(toPostUrl(post.slug), post.date)),
  ];
}

/** `/sitemaps/1.xml`: where the index finds its first child. */
export function toSitemapChunkPath(id: number): string {
  return `/sitemaps/${id}.xml`;
}

/** The child number from a `/sitemaps/<n>.xml` segment; undefined for anything else. */
export function parseSitemapChunkId(segment: string): number | undefined {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(segment);
  return match?.[1] ? Number(match[1]) : undefined;
}

function toUrlset(entries: SitemapEntry[], site: SiteConfig): string {
  const urls = entries.map(
    (e) => `<url><loc>${escapeXml(e.loc)}</loc><lastmod>${toIsoWithOffset(e.lastmod, site.timezone)}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

function toChunks(entries: SitemapEntry[], limit: number): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += limit) chunks.push(entries.slice(start, start + limit));
  return chunks;
}

/**
 * `/sitemap.xml`: one urlset while the entries fit in one file, else a sitemap index
 * whose children (see toSitemapChunk) hold at most `limit` URLs each.
 */
export function toSitemap(entries: SitemapEntry[], site: SiteConfig, limit = SITEMAP_LIMIT): string {
  if (entries.length <= limit) return toUrlset(entries, site);
  const children = toChunks(entries, limit).map((chunk, i) => {
    const lastmod = chunk.reduce((newest, e) => Math.max(newest, e.lastmod), 0);
    const loc = toAbsoluteUrl(site, toSitemapChunkPath(i + 1));
    return `<sitemap><loc>${escapeXml(loc)}</loc><lastmod>${toIsoWithOffset(lastmod, site.timezone)}</lastmod></sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${children.join('\n')}\n</sitemapindex>\n`;
}

/** The index's child number `id` (from 1); undefined when there is no index or no such child. */
export function toSitemapChunk(entries: SitemapEntry[], site: SiteConfig, id: number, limit = SITEMAP_LIMIT): string | undefined {
  if (entries.length <= limit || !Number.isInteger(id) || id < 1) return undefined;
  const chunk = entries.slice((id - 1) * limit, id * limit);
  return chunk.length > 0 ? toUrlset(chunk, site) : undefined;
}
