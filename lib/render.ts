import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { toReadingMinutes } from './excerpt';
import { rehypeLinks, toBracketedDestinations, type PathResolver } from './links';
import { rehypeMedia } from './media';
import { remarkCloseRawHtml } from './raw-html';
import { toReadingText } from './reading-text';
import { extractSourceUrl } from './source';

export type RenderedBody = {
  tree: Root;
  source?: string;
  readingMinutes: number;
};

export type RenderOptions = { legacyHosts: string[]; source?: string; resolve?: PathResolver };

// Elements whose content must go with them; anything else unknown is unwrapped to its text.
const STRIPPED = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript',
  'textarea', 'select', 'button', 'svg', 'math', 'title', 'head', 'base', 'meta', 'link'];

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), ...STRIPPED],
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !STRIPPED.includes(name)),
  attributes: {
    ...defaultSchema.attributes,
    // The legacy site marks its "(文章来源：…)" line with this class; the page styles it.
    p: [...(defaultSchema.attributes?.p ?? []), ['className', 'em_media']],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCloseRawHtml)
  // The sanitizer prefixes ids once; remark-rehype must not add a second prefix.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', footnoteLabel: '注释', footnoteBackLabel: '返回正文' })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema);

/** Markdown with raw HTML → a sanitized hast tree ready for React, plus the source link found in it. */
export function renderBody(markdown: string, options: RenderOptions): RenderedBody {
  const tree = processor.runSync(processor.parse(toBracketedDestinations(markdown))) as Root;
  const source = extractSourceUrl(tree, options.source);
  rehypeLinks({ legacyHosts: options.legacyHosts, ...(options.resolve ? { resolve: options.resolve } : {}) })(tree);
  rehypeMedia()(tree);
  return { tree, ...(source ? { source } : {}), readingMinutes: toReadingMinutes(toReadingText(tree)) };
}
