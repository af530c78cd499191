// @ts-check
// The part of rendering that may run away on hostile input: parsing and sanitizing. It is plain
// JavaScript so the render worker (lib/render/render-worker.mjs) can load it without a build step.
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { checkNesting } from './nesting.mjs';
import { remarkCloseRawHtml } from './raw-html.mjs';

// Elements whose content must go with them; anything else unknown is unwrapped to its text.
const STRIPPED = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript',
  'textarea', 'select', 'button', 'svg', 'math', 'title', 'head', 'base', 'meta', 'link'];

/** @type {import('rehype-sanitize').Options} */
export const sanitizeSchema = {
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

// The old site's generator wrote source slugs with spaces straight into link destinations
// (`](//host/category/21shiji jingjiAPP.html)`); kramdown took them, CommonMark needs `<…>`.
const SPACED_DESTINATION = /\]\(((?:https?:)?\/\/|\.{0,2}\/)([^()<>\n"']* [^()<>\n"']*)\)/gi;

/**
 * Markdown link destinations that hold spaces, wrapped in `<…>` so they parse as the links they were.
 * @param {string} markdown
 * @returns {string}
 */
export function toBracketedDestinations(markdown) {
  return markdown.includes('](') ? markdown.replace(SPACED_DESTINATION, (_, start, rest) => `](<${start}${rest.trim()}>)`) : markdown;
}

/**
 * Markdown with raw HTML → a sanitized hast tree. Throws, naming the reason, for a body nested
 * too deeply to parse safely.
 * @param {string} markdown
 * @returns {import('hast').Root}
 */
export function toSanitizedTree(markdown) {
  const tooDeep = checkNesting(markdown);
  if (tooDeep) throw new Error(tooDeep);
  return /** @type {import('hast').Root} */ (processor.runSync(processor.parse(toBracketedDestinations(markdown))));
}
