import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype step after sanitizing: images load lazily without a referrer (Chinese news
 * image hosts refuse hot-links that send one), every image and checkbox has a text
 * alternative, and wide tables scroll inside their own box.
 */
export function rehypeMedia() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'img') {
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
        node.properties.referrerPolicy = 'no-referrer';
        if (typeof node.properties.alt !== 'string') node.properties.alt = '';
      } else if (node.tagName === 'input' && node.properties.type === 'checkbox') {
        node.properties.ariaLabel = node.properties.checked ? '已完成' : '未完成';
      } else if (node.tagName === 'table' && parent && typeof index === 'number') {
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: '表格' },
          children: [node],
        };
        parent.children[index] = wrapper;
        return 'skip';
      }
      return undefined;
    });
  };
}
