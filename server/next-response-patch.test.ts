import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { holdPagePolicy } from './next-response-patch.mjs';
import { THEME_SCRIPT_HASH, toScriptHash } from './script-hashes.mjs';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
// The compression middleware Next's own server puts in front of every response (N2 in next-internals.mjs).
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA = `self.__next_f.push([1,"${'数据'.repeat(2000)}"])`;
const HTML = `<!DOCTYPE html><html><head></head><body><main>正文</main><script>${INIT}</script><script>${DATA}</script></body></html>`;
const BASE = "object-src 'none'";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: Handler): Promise<string> {
  const compress = compression();
  server = createServer((req, res) => {
    holdPagePolicy(req, res);
    compress(req, res, () => undefined);
    res.setHeader('content-security-policy', BASE);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// Written the way Next streams a page: headers flushed first, then chunk by chunk.
const streamHtml: Handler = (_req, res) => {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.flushHeaders();
  const half = HTML.length / 2;
  res.write(HTML.slice(0, half));
  setTimeout(() => res.end(HTML.slice(half)), 10);
};

describe('holdPagePolicy', () => {
  for (const encoding of ['identity', 'gzip']) {
    it(`sends a streamed page whole, with its script hashes (${encoding})`, async () => {
      const response = await fetch(await serve(streamHtml), { headers: { 'accept-encoding': encoding } });
      expect(response.headers.get('content-encoding') ?? 'identity').toBe(encoding);
      expect(await response.text()).toBe(HTML);
      expect(response.headers.get('content-security-policy')).toBe(`script-src 'self' ${THEME_SCRIPT_HASH} ${toScriptHash(INIT)} ${toScriptHash(DATA)}; ${BASE}`);
    });
  }

  it('passes other responses through untouched, and a 304 without the policy', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
      res.writeHead(304, { 'content-type': 'text/html' }).end();
    });
    const json = await fetch(`${base}/json`);
    expect(await json.text()).toBe('{"a":1}');
    expect(json.headers.get('content-security-policy')).toBe(BASE);
    const notModified = await fetch(`${base}/page`);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toBeNull();
  });

  it('keeps a script-src already set for the same body by a proxied inner request', async () => {
    const inner = "script-src 'self' 'sha256-x'; object-src 'none'";
    const base = await serve((_req, res) => {
      res.setHeader('content-security-policy', inner);
      streamHtml(_req, res);
    });
    const response = await fetch(base);
    expect(await response.text()).toBe(HTML);
    expect(response.headers.get('content-security-policy')).toBe(inner);
  });

  it('leaves HEAD requests alone', async () => {
    const response = await fetch(await serve(streamHtml), { method: 'HEAD' });
    expect(response.headers.get('content-security-policy')).toBe(BASE);
  });

  it('computes the policy of a page version once: the same path and ETag stream straight through with it', async () => {
    let version = 'v1';
    let body = HTML;
    const held: boolean[] = [];
    const base = await serve((_req, res) => {
      res.statusCode = 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('etag', `"${version}"`);
      // Headers go out with the first write only when the answer is not held back.
      res.write(body.slice(0, 10));
      held.push(!res.headersSent);
      res.end(body.slice(10));
    });
    const policyOf = async () => (await fetch(`${base}/posts/a`, { headers: { 'accept-encoding': 'identity' } })).headers.get('content-security-policy');
    const first = await policyOf();
    expect(first).toContain(toScriptHash(DATA));
    // Another body under the same version: its policy is not computed again.
    body = HTML.replace(DATA, 'self.__next_f.push([1,"别的"])');
    expect(await policyOf()).toBe(first);
    version = 'v2';
    expect(await policyOf()).toContain(toScriptHash('self.__next_f.push([1,"别的"])'));
    expect(held).toEqual([true, false, true]);
  });
});
