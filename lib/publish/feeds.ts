import { Feed, type FeedOptions, type Item } from 'feed';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { toIsoWithOffset } from '../content/dates';
import { toVisible } from '../site/pagination';
import { getSnapshot, renderPost } from '../posts';
import { formatCategoryName, toAbsoluteUrl } from '../site/site';
import type { PostSummary, SiteConfig } from '../types';
import { toCategoryUrl, toHomeUrl, toPostUrl } from '../site/urls';

export const FEED_SIZE = 20;
export const ATOM_PATH = '/feed.xml';
export const JSON_FEED_PATH = '/feed.json';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8';

export type FeedEntry = { summary: PostSummary; html: string };
/** What a feed shows: the site, the category it is limited to (if any) and its newest posts with their HTML. */
export type FeedSource = { site: SiteConfig; category?: string; entries: FeedEntry[]; now: number };

// Everything XML 1.0 forbids: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF.
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with the characters XML cannot hold removed, so any feed built from it stays well-formed. */
export function toXmlSafeText(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A post's sanitized tree as HTML for feed readers: relative links and images made absolute. */
export function toFeedHtml(tree: Root, postUrl: string): string {
  // The tree belongs to the render cache, so the links are rewritten on a copy.
  const copy = structuredClone(tree);
  visit(copy, 'element', (node) => {
    for (const name of ['href', 'src', 'cite']) {
      const value = node.properties[name];
      if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      try {
        node.properties[name] = new URL(value, postUrl).href;
      } catch {
        delete node.properties[name];
      }
    }
  });
  return toHtml(copy);
}

/** Where a feed lives: the site's, or one category's. */
export function toFeedPath(category?: string): string {
  return category === undefined ? ATOM_PATH : `${toCategoryUrl(category)}/feed.xml`;
}

// The feed library writes dates with toISOString(); this keeps the site zone's offset in them.
class ZonedDate extends Date {
  readonly timezone: string;
  constructor(ms: number, timezone: string) {
    super(ms);
    this.timezone = timezone;
  }
  override toISOString(): string {
    return toIsoWithOffset(this.getTime(), this.timezone);
  }
}

function toOptions(source: FeedSource, links: Pick<FeedOptions, 'feed' | 'feedLinks'>): FeedOptions {
  const { site, category, entries } = source;
  const name = category === undefined ? undefined : toXmlSafeText(formatCategoryName(site, category));
  const page = category === undefined ? toHomeUrl() : toCategoryUrl(category);
  return {
    title: name ? `${name} | ${toXmlSafeText(site.title)}` : toXmlSafeText(site.title),
    ...(site.description ? { description: toXmlSafeText(site.description) } : {}),
    id: toAbsoluteUrl(site, toFeedPath(category)),
    link: toAbsoluteUrl(site, page),
    ...links,
    updated: new ZonedDate(entries[0]?.summary.date ?? source.now, site.timezone),
    author: { name: toXmlSafeText(site.title), link: site.siteUrl },
    generator: false,
  };
}

/** Category display names, then tags, once each. */
function toTerms(summary: PostSummary, site: SiteConfig): string[] {
  const names = [...summary.categories.map((slug) => formatCategoryName(site, slug)), ...summary.tags];
  return [...new Set(names.map(toXmlSafeText).filter(Boolean))];
}

function toItem(entry: FeedEntry, site: SiteConfig, format: 'atom' | 'json'): Item {
  const { summary } = entry;
  const url = toAbsoluteUrl(site, toPostUrl(summary.slug));
  const date = new ZonedDate(summary.date, site.timezone);
  const title = toXmlSafeText(summary.title);
  const excerpt = toXmlSafeText(summary.excerpt);
  const html = toXmlSafeText(entry.html);
  const terms = toTerms(summary, site);
  if (format === 'json') {
    return { id: url, link: url, title, description: excerpt, content: html, date, published: date, category: terms.map((name) => ({ name })) };
  }
  // Atom titles and summaries are typed html, and CDATA cannot hold "]]>": both are escaped as HTML.
  // The library does not escape "<" in attributes, so a category term gets a look-alike instead.
  return {
    id: url,
    link: url,
    title: escapeHtml(title),
    ...(excerpt ? { description: escapeHtml(excerpt) } : {}),
    content: html.replaceAll(']]>', ']]&gt;'),
    date,
    published: date,
    category: terms.map((term) => ({ term: term.replaceAll('<', '＜') })),
  };
}

/** An Atom 1.0 document of the source's posts, as jekyll-feed writes one. */
export function toAtomFeed(source: FeedSource): string {
  const feed = new Feed(toOptions(source, { feed: toAbsoluteUrl(source.site, toFeedPath(source.category)) }));
  for (const entry of source.entries) feed.addItem(toItem(entry, source.site, 'atom'));
  return feed.atom1();
}

/** A JSON Feed 1.1 document of the source's posts. */
export function toJsonFeed(source: FeedSource): string {
  // Only the whole site has a JSON feed; a category's JSON document names no feed_url.
  const links = source.category === undefined ? { feedLinks: { json: toAbsoluteUrl(source.site, JSON_FEED_PATH) } } : {};
  const feed = new Feed(toOptions(source, links));
  for (const entry of source.entries) feed.addItem(toItem(entry, source.site, 'json'));
  const written: unknown = JSON.parse(feed.json1());
  if (typeof written !== 'object' || written === null) throw new Error('feed: JSON Feed output is not an object');
  // The library writes version 1 fields; 1.1 adds a version URL, `authors` and `language`.
  const authors = [{ name: toXmlSafeText(source.site.title), url: source.site.siteUrl }];
  return JSON.stringify({ ...written, version: 'https://jsonfeed.org/version/1.1', language: 'zh-CN', authors }, null, 2);
}

/** The newest visible posts of the site or of one category, rendered; undefined for a category without any. */
export async function getFeedSource(category?: string): Promise<FeedSource | undefined> {
  const snapshot = await getSnapshot();
  const { site } = snapshot;
  const now = Date.now();
  const list = category === undefined ? snapshot.posts : snapshot.byCategory.get(category);
  const posts = toVisible(list ?? [], now).slice(0, FEED_SIZE);
  if (category !== undefined && posts.length === 0) return undefined;
  const entries = await Promise.all(
    posts.map(async (summary): Promise<FeedEntry> => {
      try {
        const { result } = await renderPost(summary, snapshot);
        return { summary, html: toFeedHtml(result.tree, toAbsoluteUrl(site, toPostUrl(summary.slug))) };
      } catch {
        // One body that fails to render must not take the whole feed down: its excerpt stands in.
        return { summary, html: `<p>${escapeHtml(summary.excerpt)}</p>` };
      }
    }),
  );
  return { site, ...(category === undefined ? {} : { category }), entries, now };
}
