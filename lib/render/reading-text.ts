import type { Element, ElementContent, Root, RootContent } from 'hast';
import { joinBlock } from './excerpt';
import { isLinkLine } from './source';

// Elements whose text runs on with the words around them; every other element is a block, or
// (a table cell, a line break) at least a space.
const INLINE = new Set(['a', 'abbr', 'b', 'big', 'code', 'del', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'tr', 'pre', 'table', 'ul', 'ol', 'dl', 'dt', 'dd',
  'section', 'article', 'aside', 'header', 'footer', 'figure', 'figcaption', 'details', 'summary', 'center', 'hr']);

function isSourceLine(node: Element): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes('em_media');
}

/**
 * The reading text of a rendered body: what the article shows, block by block, without the source
 * line or navigation. lib/render/excerpt.ts gets the same text from a body's start without rendering it;
 * its tests hold the two to each other on real-shaped posts.
 */
export function toReadingText(tree: Root): string {
  let text = '';
  let block = '';
  const endBlock = () => {
    text = joinBlock(text, block.replace(/\s+/g, ' ').trim());
    block = '';
  };
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type === 'text') block += node.value;
      if (node.type !== 'element') continue;
      if (INLINE.has(node.tagName)) walk(node.children);
      else if (BLOCK.has(node.tagName)) {
        endBlock();
        if (!isSourceLine(node) && !isLinkLine(node)) walk(node.children);
        endBlock();
      } else {
        block += ' ';
        walk(node.children);
        block += ' ';
      }
    }
  };
  walk(tree.children);
  endBlock();
  return text;
}
