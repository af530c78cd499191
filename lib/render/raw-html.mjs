// Raw HTML blocks that leave a comment, a raw-text element (style, script, textarea…) or a
// dropped container (svg, math, select…) open would swallow the rest of the post: the HTML
// parser reads everything after them as their content, and the sanitizer drops it.

// @ts-check
/** @typedef {{ type: string; value?: unknown; children?: unknown }} Node */
/** @typedef {Node & { children: Node[] }} Block */

// The parser reads these as text up to their own end tag.
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'];
const VOID = ['area', 'base', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'];
// The sanitizer drops these with everything inside them.
const DROPPED = ['svg', 'math', 'select', 'template', 'object', 'applet', 'button'];
// Nodes whose inline content is one run of HTML for the parser.
const PHRASING_HOLDERS = ['paragraph', 'heading', 'tableCell'];
// <plaintext> can never be closed; <xmp> reads the same and can.
const PLAINTEXT = /<plaintext(?=[\s/>]|$)/gi;
// CommonMark HTML blocks that run past blank lines until their end marker, or to the end of the post.
/** @type {[RegExp, (name: string) => RegExp][]} */
const LONG_BLOCKS = [
  [/^\s*<(script|pre|style|textarea)(?=[\s>]|$)/i, (name) => new RegExp(`</${name}>`, 'i')],
  [/^\s*<!--/, () => /-->/],
  [/^\s*<\?/, () => /\?>/],
  [/^\s*<!\[CDATA\[/, () => /\]\]>/],
  [/^\s*<![A-Za-z]/, () => />/],
];

/** @param {unknown} value @returns {value is Node} */
function isNode(value) {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

/** @param {Node} node @returns {node is Block} */
function isBlock(node) {
  return Array.isArray(node.children) && node.children.every(isNode);
}

const TAG = /<!--|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * End tags that close what `html` leaves open: an unclosed comment or raw-text element, then
 * every element from the first unclosed dropped container inward. Other open elements, such as
 * a <div> or <table> a post closes in a later block, are left alone.
 */
/** @param {string} html @returns {string} */
export function toClosers(html) {
  /** @type {string[]} */
  const stack = [];
  let cut = '';
  const tag = new RegExp(TAG.source, 'g');
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      if (end < 0) {
        cut = '-->';
        break;
      }
      tag.lastIndex = end + 3;
      continue;
    }
    const [, slash, rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    if (slash) {
      const at = stack.lastIndexOf(name);
      // </form> takes only the form off the parser's stack, not what is open inside it.
      if (at >= 0 && name === 'form') stack.splice(at, 1);
      else if (at >= 0) stack.length = at;
    } else if (RAW_TEXT.includes(name)) {
      const end = html.slice(tag.lastIndex).search(new RegExp(`</${name}[\\s/>]`, 'i'));
      if (end < 0) {
        cut = `</${name}>`;
        break;
      }
      tag.lastIndex += end;
    } else if (!VOID.includes(name) && !attributes.endsWith('/')) {
      stack.push(name);
    }
  }
  const first = stack.findIndex((name) => DROPPED.includes(name));
  const open = first < 0 ? [] : stack.slice(first).reverse();
  return cut + open.map((name) => `</${name}>`).join('');
}

/**
 * Splits an HTML block that runs past a blank line without its end marker: [the block, the rest].
 * @param {string} html @returns {[string, string] | undefined}
 */
function splitLongBlock(html) {
  const blank = /\n[ \t]*\n/.exec(html);
  if (!blank) return undefined;
  for (const [start, toEnd] of LONG_BLOCKS) {
    const match = start.exec(html);
    if (match) return toEnd(match[1] ?? '').test(html) ? undefined : [html.slice(0, blank.index), html.slice(blank.index)];
  }
  return undefined;
}

/** @param {Node} node @returns {string} */
function toOwnHtml(node) {
  if (node.type === 'html' && typeof node.value === 'string') {
    const html = node.value.replace(PLAINTEXT, '<xmp');
    node.value = html;
    return html;
  }
  return isBlock(node) ? node.children.map(toOwnHtml).join('') : '';
}

/** @param {Block} parent @param {(markdown: string) => Node} parse */
function closeIn(parent, parse) {
  if (PHRASING_HOLDERS.includes(parent.type)) {
    // Inline HTML spans the paragraph: what it leaves open is closed where the paragraph ends.
    const closers = toClosers(toOwnHtml(parent));
    if (closers) parent.children.push({ type: 'html', value: closers });
    return;
  }
  for (let index = 0; index < parent.children.length; index += 1) {
    const node = parent.children[index];
    if (!node) continue;
    if (node.type === 'html' && typeof node.value === 'string') {
      let html = node.value.replace(PLAINTEXT, '<xmp');
      const split = splitLongBlock(html);
      if (split) {
        html = split[0];
        const rest = parse(split[1]);
        // The rest is read as Markdown again; its own blocks are checked as the loop reaches them.
        if (isBlock(rest)) parent.children.splice(index + 1, 0, ...rest.children);
      }
      node.value = html + toClosers(html);
    } else if (isBlock(node)) {
      closeIn(node, parse);
    }
  }
}

/** Remark step: every HTML block closes what it opens, so a broken tag costs only its own block. */
/** @this {{ parse(markdown: string): unknown }} */
export function remarkCloseRawHtml() {
  /** @param {string} markdown @returns {Node} */
  const parse = (markdown) => {
    const tree = this.parse(markdown);
    return isNode(tree) ? tree : { type: 'root', children: [] };
  };
  /** @param {unknown} tree */
  return (tree) => {
    if (isNode(tree) && isBlock(tree)) closeIn(tree, parse);
  };
}
