import { resolveLegacyPath, type LinkTargets } from '../site/legacy-paths';
import { rewriteHref } from './links';

// Markdown links and autolinks, and href attributes of raw HTML: every way a body links.
// A Markdown destination may hold balanced parentheses: (…/category/anxin(xianggang).html).
const MARKDOWN_HREF = /\]\(\s*(?:<([^>\n]*)>|((?:[^()\s]|\([^()\s]*\))+))/g;
const HTML_HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function toHrefs(body: string): string[] {
  const hrefs: string[] = [];
  for (const match of body.matchAll(MARKDOWN_HREF)) {
    const href = match[1] ?? match[2];
    if (href) hrefs.push(href);
  }
  for (const match of body.matchAll(HTML_HREF)) {
    const href = match[1] ?? match[2] ?? match[3];
    if (href) hrefs.push(href);
  }
  return hrefs;
}

export type DeadLink = { href: string; sentTo: string };

/**
 * The links of a body that lead to nothing on this site (an old-site page that no longer
 * exists), with the page readers are sent to instead, for `npm run check` to note.
 */
export function findDeadLinks(body: string, legacyHosts: string[], targets: LinkTargets, now = Date.now()): DeadLink[] {
  const dead = new Map<string, DeadLink>();
  for (const href of toHrefs(body)) {
    let missed: string | undefined;
    rewriteHref(href, legacyHosts, (path) => {
      const resolved = resolveLegacyPath(path, targets, now);
      if (!resolved.found) missed = resolved.href;
      return resolved.href;
    });
    if (missed !== undefined) dead.set(href, { href, sentTo: missed });
  }
  return [...dead.values()];
}
