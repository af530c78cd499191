// Page weight: client JavaScript and HTML of a page, gzip-compressed as a server would send them.
import { gzipSync } from 'node:zlib';

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 6 }).length;

/** Script files a page loads: its `<script src>`, without the `noModule` fallback modern browsers skip. */
export function toScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src && !/\bnoModule\b/i.test(attributes)) urls.push(src.replace(/&amp;/g, '&'));
  }
  return [...new Set(urls)];
}

export type PageWeight = { htmlGzipKb: number; scriptGzipKb: number; scripts: number; links: number };

/** Links in a page: its `<a ` tags. */
export function countLinks(html: string): number {
  return html.match(/<a\s/g)?.length ?? 0;
}

export async function measurePage(base: string, url: string): Promise<PageWeight> {
  const html = await (await fetch(base + url)).text();
  let scriptBytes = 0;
  const scripts = toScriptUrls(html);
  for (const src of scripts) {
    const body = new Uint8Array(await (await fetch(new URL(src, base))).arrayBuffer());
    scriptBytes += gzip(body);
  }
  return { htmlGzipKb: round(gzip(html) / 1024), scriptGzipKb: round(scriptBytes / 1024), scripts: scripts.length, links: countLinks(html) };
}

export function gzipKb(text: string): number {
  return round(gzip(text) / 1024);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
