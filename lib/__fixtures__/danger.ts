// Needs a DOM: tests that use it run in Vitest's jsdom environment.

// Elements a post must never bring into a page.
const BANNED = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form',
  'template', 'svg', 'math', 'noscript', 'portal', 'textarea', 'select', 'button', 'dialog'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'ping', 'codebase', 'lowsrc', 'dynsrc'];
const BAD_SCHEME = /^(javascript|vbscript|data|livescript):/i;
// Classes the renderer itself writes; a post's own classes (Tailwind's "fixed inset-0") must not pass.
const BODY_CLASSES = /^(em_media|table-scroll|sr-only|footnotes|contains-task-list|task-list-item|data-footnote-backref|language-[\w-]+)$/;

export type DangerOptions = {
  /** Selectors for the page's own elements (and their contents) that BANNED would otherwise flag. */
  allow?: string[];
  /** Body rules: no style attribute, only the renderer's classes, ids and names prefixed against DOM clobbering. */
  body?: boolean;
};

/**
 * Parses HTML the way a browser would and lists what could run script, leave the page or
 * restyle it: banned elements, on* handlers, script-bearing URLs.
 */
export function findDanger(html: string, options: DangerOptions = {}): string[] {
  const document = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  const problems: string[] = [];
  if (document.head.children.length > 0) problems.push(`<head> got ${document.head.innerHTML}`);
  for (const element of document.body.querySelectorAll('*')) {
    const name = element.tagName.toLowerCase();
    const allowed = (options.allow ?? []).some((selector) => element.closest(selector) !== null);
    if (BANNED.includes(name) && !allowed) problems.push(`<${name}>`);
    for (const { name: attribute, value } of [...element.attributes]) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on')) problems.push(`<${name} ${key}>`);
      if (key === 'srcdoc') problems.push(`<${name} srcdoc>`);
      const url = value.replace(/[\u0000-\u0020]/g, '');
      if (URL_ATTRIBUTES.includes(key) && BAD_SCHEME.test(url)) problems.push(`<${name} ${key}="${value}">`);
      if (!options.body) continue;
      if (key === 'style') problems.push(`<${name} style>`);
      if (key === 'class' && !value.split(/\s+/).every((token) => BODY_CLASSES.test(token))) problems.push(`<${name} class="${value}">`);
      if ((key === 'id' || key === 'name') && !value.startsWith('user-content-')) problems.push(`<${name} ${key}="${value}">`);
    }
  }
  return problems;
}

/** The text of a page's elements matching `selector`, as a reader sees it. */
export function findTexts(html: string, selector: string): string[] {
  const document = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  return [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
}
