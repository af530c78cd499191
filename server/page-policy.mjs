import { decodeBody, toPagePolicy } from './script-hashes.mjs';

const HEADER = 'content-security-policy';

function isHtml(res) {
  return String(res.getHeader('content-type') ?? '').startsWith('text/html');
}

// A rewrite Next serves by proxying to this same server brings the inner response's policy along.
function hasScriptSrc(res) {
  return /(^|;)\s*script-src\s/.test(String(res.getHeader(HEADER) ?? ''));
}

/** Sets headers passed to writeHead(status[, message][, headers]) on `res`, so they can be read before sending. */
function takeHeaders(res, args) {
  const [first, second] = args;
  if (typeof first === 'string') res.statusMessage = first;
  const headers = typeof first === 'string' ? second : first;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}

/**
 * Holds back an HTML answer to a GET until Next has written all of it, then sends it with a
 * Content-Security-Policy whose script-src lists the hashes of the framework's inline scripts
 * in that very body. Other responses pass straight through. The body may already be compressed
 * by Next; it is decoded only to be read. A 304 drops the header, so the browser keeps the
 * policy it stored with the body it already has. An answer that already has a script-src (a
 * rewrite Next proxies back to this server) keeps it.
 */
export function holdPagePolicy(req, res) {
  if (req.method !== 'GET') return;
  const { writeHead, write, end, flushHeaders } = res;
  const chunks = [];
  let hold;
  let sending = false;
  const decide = () => {
    if (hold === undefined) {
      if (res.statusCode === 304) res.removeHeader(HEADER);
      hold = res.statusCode !== 304 && isHtml(res) && !hasScriptSrc(res);
    }
    return hold;
  };
  res.writeHead = function (status, ...args) {
    if (sending || hold === false) return writeHead.call(this, status, ...args);
    this.statusCode = status;
    takeHeaders(this, args);
    return decide() ? this : writeHead.call(this, status);
  };
  res.flushHeaders = function () {
    if (!decide()) flushHeaders.call(this);
  };
  res.write = function (chunk, encoding, callback) {
    if (!decide()) return write.call(this, chunk, encoding, callback);
    chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (!decide()) return end.call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    }
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function');
    const body = Buffer.concat(chunks);
    const header = res.getHeader(HEADER);
    const base = header === undefined ? undefined : String(header);
    try {
      res.setHeader(HEADER, toPagePolicy(decodeBody(body, res.getHeader('content-encoding')), base));
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
