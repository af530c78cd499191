import { createHash } from 'node:crypto';

/** The script-src directive of a Content-Security-Policy header, or '' when it has none. */
export const scriptSrc = (policy: string | undefined) => (policy ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src ')) ?? '';

/** The CSP source that allows an inline script, hashed over its UTF-8 bytes. */
export const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

// Types a browser runs as script; any other (application/ld+json, …) is data.
const SCRIPT_TYPES = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

/** The scripts the browser would run inline: not external, not data such as JSON-LD. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script([^>]*)>([^]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\bsrc=/.test(attributes) && SCRIPT_TYPES.test(/\btype="([^"]*)"/.exec(attributes)?.[1]?.trim() ?? ''))
    .map(([, , body = '']) => body);
}
