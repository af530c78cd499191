import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

function isBlank(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function meaningfulChildren(node: Element): ElementContent[] {
  return node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
}

/** A paragraph holding one link whose text is its own URL: how the legacy site wrote the source. */
function toBareUrl(node: RootContent): string | undefined {
  if (node.type !== 'element' || node.tagName !== 'p') return undefined;
  const [only, ...rest] = meaningfulChildren(node);
  if (!only || rest.length > 0 || only.type !== 'element' || only.tagName !== 'a') return undefined;
  const href = only.properties.href;
  if (typeof href !== 'string' || !/^(https?:)?\/\//i.test(href)) return undefined;
  return toString(only).trim() === href ? href : undefined;
}

/** Navigation lines (返回首页) are paragraphs made only of links and separators; they sit after the source line. */
export function isLinkLine(node: RootContent | ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'p') return false;
  const children = node.children.filter((child) => !(child.type === 'text' && /^[\s|｜·,，]*$/.test(child.value)));
  return children.length > 0 && children.every((child) => child.type === 'element' && child.tagName === 'a');
}

/**
 * Rehype step: finds the trailing bare-URL paragraph, removes it from the body and
 * reports it, so the page shows it once, as the 原文链接 block.
 */
export function extractSourceUrl(tree: Root, frontMatterSource?: string): string | undefined {
  for (let index = tree.children.length - 1; index >= 0; index -= 1) {
    const node = tree.children[index];
    if (!node || isBlank(node)) continue;
    const url = toBareUrl(node);
    if (!url) {
      if (isLinkLine(node)) continue;
      break;
    }
    const normalized = url.startsWith('//') ? `https:${url}` : url;
    if (frontMatterSource && frontMatterSource !== normalized) break;
    tree.children.splice(index, 1);
    return normalized;
  }
  return frontMatterSource;
}
