// @ts-check
// The headers every answer carries, pages, redirects, 404s, 405s and errors alike. next.config.mjs
// gives them to what Next serves; server/start.mjs sets them first, so answers Next makes
// without its header rules (redirects, HEAD, refusals) carry them too (N7 in next-internals.mjs).
/** @type {{ key: string, value: string }[]} */
export const SECURITY_HEADERS = [
  // server/start.mjs puts each HTML page's script-src (hashes of its inline scripts) in front of this policy.
  { key: 'Content-Security-Policy', value: "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

// A page's inline scripts are allowed by hash only in the answer to GET; any other method
// would get the page without that policy, so only GET and HEAD are served.
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Why a request is refused before Next sees it: 405 for a method that is not a read, 400 for a bad image URL.
 * @param {string} method
 * @param {string} url
 * @returns {{ status: 400 | 405, text: string } | undefined}
 */
export function toRefusal(method, url) {
  if (!READ_METHODS.has(method)) return { status: 405, text: '只接受 GET 和 HEAD 请求。' };
  let parsed;
  try {
    parsed = new URL(url, 'http://site.invalid');
  } catch {
    return { status: 400, text: '请求地址无效。' };
  }
  if (parsed.pathname === '/_next/image') {
    const source = parsed.searchParams.get('url') ?? '';
    // Only images of this site: a path the URL parser keeps on this origin, with no backslash or control character.
    const local = /^\/(?![/\\])/.test(source) && !/[\\\u0000-\u001f]/.test(source) && new URL(source, 'http://site.invalid').origin === 'http://site.invalid';
    if (!local) return { status: 400, text: '图片地址无效。' };
  }
  return undefined;
}

/**
 * Sets the security headers on `res` before anything else is written.
 * @param {import('node:http').ServerResponse} res
 */
export function setSecurityHeaders(res) {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
}
