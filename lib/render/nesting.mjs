// @ts-check
// The Markdown and HTML parsers, and every tree walk after them, recurse once per level of
// nesting: 2 KB of `>` or 5,000 unclosed <span>s overflow the stack after seconds of work.
// Real posts nest a few levels; a body deeper than this is refused before it is parsed.
export const MAX_NESTING = 64;

// Block containers at a line's start: quote markers, and list markers followed by a space.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/gm;
const CONTAINER_MARK = /[>*+-]|\d{1,9}[.)]/g;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'image', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame']);
// The HTML parser closes these itself when the next one starts, so unclosed ones do not nest.
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'caption', 'colgroup']);

/**
 * How deep a body would nest once parsed, estimated without parsing: the most block containers
 * (quotes, lists and their indentation) on one line, or the most HTML elements open at once,
 * whichever is deeper. Stops counting once past `limit`.
 * @param {string} markdown
 * @param {number} [limit]
 * @returns {number}
 */
export function estimateNesting(markdown, limit = MAX_NESTING) {
  let deepest = 0;
  for (const match of markdown.matchAll(CONTAINER_PREFIX)) {
    const prefix = match[0];
    const indent = /^[ \t]*/.exec(prefix)?.[0].replace(/\t/g, '    ').length ?? 0;
    const depth = (prefix.match(CONTAINER_MARK)?.length ?? 0) + Math.floor(indent / 2);
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
  }
  if (!markdown.includes('<')) return deepest;
  /** @type {string[]} */
  const open = [];
  for (const match of markdown.matchAll(TAG)) {
    const name = (match[2] ?? '').toLowerCase();
    if (VOID.has(name) || SELF_ENDING.has(name)) continue;
    if (match[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (!match[0].endsWith('/>')) {
      open.push(name);
      if (open.length > deepest) deepest = open.length;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

/**
 * Why a body is not rendered, or undefined when its nesting is within the bound.
 * @param {string} markdown
 * @returns {string | undefined}
 */
export function checkNesting(markdown) {
  const depth = estimateNesting(markdown);
  return depth > MAX_NESTING ? `body nests more than ${MAX_NESTING} levels deep (quotes, lists or HTML elements)` : undefined;
}
