// @ts-check
// Patches the ServerResponse that Next writes a page to, so the page can be sent with a
// script-src of its own. How Next writes (and compresses) its answers is assumption N2 in
// server/next-internals.mjs; the proxied rewrites of N3 are why a script-src already set is kept.
import { decodeNextBody } from './next-internals.mjs';
import { toPagePolicy } from './script-hashes.mjs';

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {import('node:http').OutgoingHttpHeaders | import('node:http').OutgoingHttpHeader[]} WrittenHeaders
 * @typedef {(error?: Error | null) => void} Done
 * @typedef {string | Buffer | Uint8Array} Chunk
 */

const HEADER = 'content-security-policy';

// The policy of each page version, computed once: Next sends a cached page with the ETag it made
// from the page's bytes, so a later answer with the same path and ETag is the same body. Only
// the first answer is held back and hashed; the rest stream straight through. Bounded: a version
// that falls out is simply hashed again.
const MAX_POLICIES = 5000;
/** @type {Map<string, string>} */
const policies = new Map();

/**
 * The key of the page version `res` is about to send, or undefined when Next gave it no ETag.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
function versionKey(req, res) {
  const etag = res.getHeader('etag');
  if (etag === undefined) return undefined;
  return [req.url, String(etag), String(res.getHeader('content-encoding') ?? ''), String(res.getHeader(HEADER) ?? '')].join('\n');
}

/**
 * @param {string} key
 * @param {string} policy
 */
function rememberPolicy(key, policy) {
  policies.delete(key);
  policies.set(key, policy);
  if (policies.size > MAX_POLICIES) policies.delete(/** @type {string} */ (policies.keys().next().value));
}

/** @param {ServerResponse} res */
function isHtml(res) {
  return String(res.getHeader('content-type') ?? '').startsWith('text/html');
}

/**
 * A rewrite Next serves by proxying to this same server brings the inner response's policy along (N3).
 * @param {ServerResponse} res
 */
function hasScriptSrc(res) {
  return /(^|;)\s*script-src\s/.test(String(res.getHeader(HEADER) ?? ''));
}

/**
 * Sets headers passed to writeHead(status[, message][, headers]) on `res`, so they can be read before sending.
 * @param {ServerResponse} res
 * @param {unknown[]} args what followed the status
 */
function takeHeaders(res, args) {
  const [first, second] = args;
  if (typeof first === 'string') res.statusMessage = first;
  const headers = /** @type {WrittenHeaders | undefined} */ (typeof first === 'string' ? second : first);
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), /** @type {string | string[]} */ (headers[i + 1]));
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}

/**
 * @param {unknown} chunk
 * @param {unknown} encoding
 */
function toBuffer(chunk, encoding) {
  const data = /** @type {Chunk} */ (chunk);
  return typeof data === 'string' ? Buffer.from(data, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')) : Buffer.from(data);
}

/**
 * Holds back an HTML answer to a GET until Next has written all of it, then sends it with a
 * Content-Security-Policy whose script-src lists the hashes of the framework's inline scripts
 * in that very body; a page version already seen (same path and ETag) gets its policy at once. Other responses pass straight through. The body may already be compressed
 * by Next; it is decoded only to be read. A 304 drops the header, so the browser keeps the
 * policy it stored with the body it already has. An answer that already has a script-src (a
 * rewrite Next proxies back to this server) keeps it.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
export function holdPagePolicy(req, res) {
  if (req.method !== 'GET') return;
  // Loosely typed: the patched methods take each of Node's overloads and pass them on as they came.
  const target = /** @type {{ writeHead: Function, write: Function, end: Function, flushHeaders: Function }} */ (/** @type {unknown} */ (res));
  const { writeHead, write, end, flushHeaders } = target;
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {boolean | undefined} */
  let hold;
  /** @type {string | undefined} */
  let version;
  let sending = false;
  const decide = () => {
    if (hold === undefined) {
      if (res.statusCode === 304) res.removeHeader(HEADER);
      hold = res.statusCode !== 304 && isHtml(res) && !hasScriptSrc(res);
      version = hold ? versionKey(req, res) : undefined;
      const known = version === undefined ? undefined : policies.get(version);
      if (known !== undefined) {
        res.setHeader(HEADER, known);
        hold = false;
      }
    }
    return hold;
  };
  /**
   * @this {ServerResponse}
   * @param {number} status
   * @param {...unknown} args
   */
  target.writeHead = function (status, ...args) {
    if (sending || hold === false) return writeHead.call(this, status, ...args);
    this.statusCode = status;
    takeHeaders(this, args);
    return decide() ? this : writeHead.call(this, status);
  };
  /** @this {ServerResponse} */
  target.flushHeaders = function () {
    if (!decide()) flushHeaders.call(this);
  };
  /**
   * @this {ServerResponse}
   * @param {unknown} chunk
   * @param {unknown} [encoding]
   * @param {unknown} [callback]
   */
  target.write = function (chunk, encoding, callback) {
    if (!decide()) return write.call(this, chunk, encoding, callback);
    chunks.push(toBuffer(chunk, encoding));
    const done = /** @type {Done | undefined} */ (typeof encoding === 'function' ? encoding : callback);
    if (done) process.nextTick(done);
    return true;
  };
  /**
   * @this {ServerResponse}
   * @param {unknown} [chunk]
   * @param {unknown} [encoding]
   * @param {unknown} [callback]
   */
  target.end = function (chunk, encoding, callback) {
    if (!decide()) return end.call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function');
    const body = Buffer.concat(chunks);
    const header = res.getHeader(HEADER);
    const base = header === undefined ? undefined : String(header);
    try {
      const policy = toPagePolicy(decodeNextBody(body, res.getHeader('content-encoding')), base);
      res.setHeader(HEADER, policy);
      if (version !== undefined && res.statusCode === 200) rememberPolicy(version, policy);
    } catch (error) {
      // Fail closed: without the hashes the page still reads, it just does not hydrate.
      console.error(`${req.url}: no script hashes: ${error instanceof Error ? error.message : error}`);
      res.setHeader(HEADER, toPagePolicy(Buffer.alloc(0), base));
    }
    res.removeHeader('transfer-encoding');
    res.setHeader('content-length', body.length);
    sending = true;
    return end.call(this, body, done);
  };
}
