import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { toIsoWithOffset } from '../content/dates';
import { toRootPath } from '../site/legacy-paths';

export type RewrittenLink = { href: string; external: boolean };

const EXTERNAL_REL = ['noopener', 'noreferrer', 'nofollow'];
const ID_PREFIX = 'user-content-';

/** Maps a path on the legacy Jekyll site to the same content on this one. */
export function toLocalPath(legacyPath: string): string {
  // One leading slash, no backslashes: a path starting "//" (or "/\\" to browsers) would leave the site.
  const path = `/${legacyPath.replace(/[?#].*$/, '').replace(/\\/g, '/').replace(/^\/+/, '')}`;
  const suffix = (/#.*$/.exec(legacyPath)?.[0] ?? '');
  if (path === '/' || /^\/index\.html?$/i.test(path)) return `/${suffix}`;
  const category = /^\/category\/([^/]+?)(?:\.html?)?\/?$/i.exec(path);
  if (category?.[1]) return `/category/${category[1]}${suffix}`;
  const tag = /^\/tags?\/([^/]+?)(?:\.html?)?\/?$/i.exec(path);
  if (tag?.[1]) return `/tags/${tag[1]}${suffix}`;
  // Jekyll's post permalink ends in /:year/:month/:day/:slug.html
  const post = /\/\d{4}\/\d{2}\/\d{2}\/([^/]+?)\.html?$/i.exec(path);
  if (post?.[1]) return `/posts/${post[1]}${suffix}`;
  return path.replace(/\.html?$/i, '') + suffix;
}

/** Jekyll's default permalink, /:categories/:year/:month/:day/:title.html, with the date in the site's zone. */
export function toJekyllPermalink(post: { categories: string[]; date: number; slug: string }, timezone: string): string {
  const [year, month, day] = toIsoWithOffset(post.date, timezone).slice(0, 10).split('-');
  const categories = post.categories.map((category) => `/${category}`).join('');
  return `${categories}/${year}/${month}/${day}/${post.slug}.html`;
}

export { toBracketedDestinations } from './render-pipeline.mjs';

/** Finds the page an internal path (from the site root, old site or new) meant. */
export type PathResolver = (path: string) => string;

// Hrefs are read as a browser reads them, against an origin of our own: WHATWG URL parsing drops
// tabs and newlines and reads a backslash as a slash, so `/\evil.example/` or `/<TAB>/evil.example/`
// leaves the site even though it starts with one slash.
const ORIGIN = 'http://site.invalid';

/**
 * Decides where a link in a post body goes. A link is internal only if the URL parser resolves it
 * to this site (or to a legacy host, whose links become this site's); anything else is external,
 * shown as where it really goes. With `resolve`, every internal link, relative ones included, is
 * sent to the page it meant (see lib/site/legacy-paths.ts); without it, legacy paths are only rewritten
 * by their shape and this site's own are kept as written.
 */
export function rewriteHref(href: string, legacyHosts: string[], resolve?: PathResolver): RewrittenLink {
  const trimmed = href.trim();
  let url: URL;
  try {
    url = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed, `${ORIGIN}/`);
  } catch {
    return { href: trimmed, external: true };
  }
  const rest = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin === ORIGIN) {
    if (!resolve || trimmed.startsWith('#') || trimmed.startsWith('?')) return { href: trimmed, external: false };
    return { href: resolve(/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(trimmed) ? rest : toRootPath(trimmed)), external: false };
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  if (web && legacyHosts.includes(url.hostname)) return { href: resolve ? resolve(rest) : toLocalPath(rest), external: false };
  if (!web) return { href: trimmed, external: true };
  // Written as the author wrote it when that is where it goes; else as the parser reads it.
  const written = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  return { href: /^https?:\/\/[^\s\\]+$/i.test(written) ? written : url.href, external: true };
}

/** Rehype step: rewrite every `<a href>` and open external ones safely in a new tab. */
export function rehypeLinks(options: { legacyHosts: string[]; resolve?: PathResolver }) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      // An <a> whose href the sanitizer dropped (`HTTPS://…` fails its case-sensitive scheme check)
      // stays, so excerpts still read it as a link line; app/globals.css shows it as plain text.
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (href.startsWith('#')) {
        // rehype-sanitize prefixes every id; in-page links must follow.
        if (href.length > 1 && !href.startsWith(`#${ID_PREFIX}`)) node.properties.href = `#${ID_PREFIX}${href.slice(1)}`;
        return;
      }
      const link = rewriteHref(node.properties.href, options.legacyHosts, options.resolve);
      if (link.external && !URL.canParse(link.href) && parent && index !== undefined) {
        // No browser can follow it (Chromium opens a blank, blocked tab): keep the words, drop the link.
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      node.properties.href = link.href;
      if (link.external && /^https?:/i.test(link.href)) {
        node.properties.target = '_blank';
        node.properties.rel = EXTERNAL_REL;
      } else {
        delete node.properties.target;
      }
    });
  };
}
