import type { Root } from 'hast';
import { toReadingMinutes } from './excerpt';
import { rehypeLinks, type PathResolver } from './links';
import { rehypeMedia } from './media';
import { toSanitizedTree } from './render-pipeline.mjs';
import { toReadingText } from './reading-text';
import { extractSourceUrl } from './source';

export { sanitizeSchema } from './render-pipeline.mjs';

export type RenderedBody = {
  tree: Root;
  source?: string;
  readingMinutes: number;
};

export type RenderOptions = { legacyHosts: string[]; source?: string; resolve?: PathResolver };

/**
 * The steps after sanitizing, on the request thread: they need the site's links (the index) and
 * walk a tree already bounded in depth and size.
 */
export function finishBody(tree: Root, options: RenderOptions): RenderedBody {
  const source = extractSourceUrl(tree, options.source);
  rehypeLinks({ legacyHosts: options.legacyHosts, ...(options.resolve ? { resolve: options.resolve } : {}) })(tree);
  rehypeMedia()(tree);
  return { tree, ...(source ? { source } : {}), readingMinutes: toReadingMinutes(toReadingText(tree)) };
}

/** Markdown with raw HTML → a sanitized hast tree ready for React, plus the source link found in it. */
export function renderBody(markdown: string, options: RenderOptions): RenderedBody {
  return finishBody(toSanitizedTree(markdown), options);
}

/** A body shown as its excerpt alone, one plain paragraph: for a post whose body cannot be rendered. */
export function toExcerptBody(excerpt: string, options: RenderOptions): RenderedBody {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: excerpt }] }] };
  return finishBody(tree, options);
}
