import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

// sha256 of lib/site/theme.ts toHeadScript(); script-hashes.test.ts fails with the new value when that script changes.
export const THEME_SCRIPT_HASH = "'sha256-2EXuJJDXT2PFCmaM1VM+Zj/3OwFKcnsp7TIty6+uSMI='";

// Inline scripts without attributes, or React's bootstrap (id="_R_"). The framework escapes `<` inside them.
const INLINE_SCRIPT = /<script(?: id="_R_")?>([^<]*)<\/script>/g;
const FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PREFIX = 'self.__next_f.push(';
const BOOTSTRAP = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);$/s;
const CHUNK_PATH = /^static\/chunks\/[\w.-]+\.(?:js|css)$/;

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One chunk of the page's RSC payload: a push of a JSON array `[1 or 3, "string"]`, so data and never code. */
function isFlightData(script) {
  if (!script.startsWith(FLIGHT_PREFIX) || !script.endsWith(')')) return false;
  const args = parseJson(script.slice(FLIGHT_PREFIX.length, -1));
  return Array.isArray(args) && args.length === 2 && (args[0] === 1 || args[0] === 3) && typeof args[1] === 'string';
}

/** Turbopack's chunk-group bootstrap: a push of the build's chunk paths and runtime module ids. */
function isBootstrap(script) {
  const match = BOOTSTRAP.exec(script);
  const params = match?.[1] === undefined ? undefined : parseJson(match[1]);
  if (!params || typeof params !== 'object' || Array.isArray(params)) return false;
  const { otherChunks, runtimeModuleIds, ...rest } = params;
  return (
    Object.keys(rest).length === 0 &&
    Array.isArray(otherChunks) &&
    otherChunks.every((chunk) => typeof chunk === 'string' && CHUNK_PATH.test(chunk)) &&
    Array.isArray(runtimeModuleIds) &&
    runtimeModuleIds.every((id) => Number.isInteger(id))
  );
}

/** Whether an inline script is one the framework writes into every page; anything else gets no hash. */
export function isFrameworkScript(script) {
  return script === FLIGHT_INIT || isFlightData(script) || isBootstrap(script);
}

/** The CSP source for a script given as text. */
export function toScriptHash(script) {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The hash sources that allow the theme script and the framework's inline scripts of one HTML body.
 * The body is read one character per byte (decoding UTF-8 costs more than all the rest): the markup
 * and JSON syntax checked here are ASCII, and each hash is over the very bytes that were sent.
 */
export function toScriptHashes(body) {
  const hashes = new Set([THEME_SCRIPT_HASH]);
  for (const [, script = ''] of body.toString('latin1').matchAll(INLINE_SCRIPT)) {
    if (isFrameworkScript(script)) hashes.add(`'sha256-${createHash('sha256').update(script, 'latin1').digest('base64')}'`);
  }
  return [...hashes];
}

/** The page's `script-src` put in front of the other directives (from next.config.mjs). */
export function toPagePolicy(body, basePolicy) {
  const scriptSrc = `script-src 'self' ${toScriptHashes(body).join(' ')}`;
  return basePolicy ? `${scriptSrc}; ${basePolicy}` : scriptSrc;
}

/** The bytes of a response body in one of the encodings Next's compression writes. */
export function decodeBody(body, encoding) {
  switch (encoding ?? 'identity') {
    case 'identity':
      return body;
    case 'gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      throw new Error(`cannot read a response body in content-encoding '${encoding}'`);
  }
}
