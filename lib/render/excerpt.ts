import { decodeHTML } from 'entities';

const EXCERPT_LENGTH = 120;
// Enough of the body for the excerpt; the index never needs the rest.
const SCAN_LENGTH = 4000;

// A destination may hold balanced parentheses: (…/category/anxin(xianggang).html).
const MARKDOWN_LINK = /!?\[([^\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g;
const HAS_LINK = /\[[^\]]*\]\((?:[^()\n]|\([^()\n]*\))*\)/;
const HTML_LINK = /<a\b[^>]*>[\s\S]*?<\/a>/gi;
// A block that ends a sentence runs straight into the next; one that does not (a subheading,
// a label) is kept apart from it by a space, so "小标题" and "正文" never read as one phrase.
const SENTENCE_END = /[。！？；：…」』”’）】》，、]$/u;
const BARE_URL = /^(<?(https?:)?\/\/\S+>?)$/i;

const SOURCE_LINE = /<p\b[^>]*class\s*=\s*["']?[^"'>]*\bem_media\b[^>]*>[\s\S]*?(<\/p>|$)/gi;
// Inline elements join their text to the words around them; any other tag separates words.
const INLINE_TAG = /<\/?(a|abbr|b|big|code|em|font|i|mark|q|s|small|span|strong|sub|sup|u)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^<>]*>/g;

// Comments (eastmoney's <!-- EM_StockImg_Start -->), processing instructions (<?xml:namespace …>)
// and doctypes are markup, never text; an unclosed one runs to the end, as a browser reads it.
const NOT_TEXT = /<!--[\s\S]*?(?:-->|$)|<[?!][^>]*(?:>|$)/g;

function toBlocks(body: string, scanLength: number): string[] {
  return body
    .slice(0, scanLength)
    .replace(NOT_TEXT, '')
    .replace(SOURCE_LINE, '\n\n')
    .replace(/<(p|div|h[1-6]|li|blockquote|tr)\b/gi, '\n\n<$1')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|tr)>/gi, '\n\n')
    // Each item of a Markdown list, and a heading line, is a block of its own.
    .split(/\n\s*\n|\n(?=[ \t]{0,3}(?:[-*+]|\d+\.|#{1,6})[ \t])/);
}

function toPlainBlock(block: string): string {
  const trimmed = block.trim();
  if (BARE_URL.test(trimmed)) return '';
  // A line made only of links is navigation (返回首页), not text.
  if (HAS_LINK.test(trimmed) && trimmed.replace(MARKDOWN_LINK, '').replace(/[\s|｜·,，]/g, '') === '') return '';
  if (/<a\b/i.test(trimmed) && trimmed.replace(HTML_LINK, '').replace(/<\/?p\b[^>]*>|[\s|｜·,，]/gi, '') === '') return '';
  return decodeHTML(
    trimmed
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      .replace(INLINE_TAG, '')
      .replace(ANY_TAG, ' ')
      .replace(MARKDOWN_LINK, (_, text: string) => (_.startsWith('!') ? '' : text))
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
      .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, '')
      .replace(/\*\*|__|~~|`+/g, '')
      .replace(/\*([^*\s][^*]*?)\*/g, '$1')
      .replace(/\|/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A body's reading text from its first `scanLength` characters: no markup, entities, source line or navigation. */
export function toPlainText(body: string, scanLength = SCAN_LENGTH, enough = Infinity): string {
  let joined = '';
  for (const raw of toBlocks(body, scanLength)) {
    // The excerpt needs only its first characters: blocks after them are not cleaned at all.
    if (joined.length > enough) break;
    joined = joinBlock(joined, toPlainBlock(raw));
  }
  return joined;
}

/** Appends one block's text to the reading text: tight after a Chinese sentence's end, else after a space. */
export function joinBlock(joined: string, block: string): string {
  if (!block) return joined;
  if (!joined) return block;
  return joined + (SENTENCE_END.test(joined) ? '' : ' ') + block;
}

// The excerpt is first tried on whole blocks within this many characters: the full scan
// costs 80 µs a post, most of the index's build time at 100,000 posts.
const QUICK_LENGTH = 700;

/** The body's start cut after its last complete block, so no tag or link is cut in half. */
function toQuickText(body: string, enough: number): string | undefined {
  if (body.length <= QUICK_LENGTH) return undefined;
  const head = body.slice(0, QUICK_LENGTH);
  const close = head.lastIndexOf('</p>');
  const end = Math.max(close < 0 ? -1 : close + 4, head.lastIndexOf('\n\n'));
  return end > 0 ? toPlainText(head.slice(0, end), QUICK_LENGTH, enough) : undefined;
}

/** The first ~120 characters of a body's reading text. */
export function toExcerpt(body: string, length = EXCERPT_LENGTH): string {
  const quick = toQuickText(body, length);
  const text = quick !== undefined && quick.length > length ? quick : toPlainText(body, SCAN_LENGTH, length);
  const chars = Array.from(text);
  if (chars.length <= length) return text;
  return `${chars.slice(0, length).join('').trimEnd()}…`;
}

/** Minutes to read: CJK characters at about 400 a minute, other words at about 200. */
export function toReadingMinutes(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(cjk / 400 + words / 200));
}
