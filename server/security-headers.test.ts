import { describe, expect, it } from 'vitest';
import { toRefusal } from './security-headers.mjs';

describe('toRefusal', () => {
  it('serves GET and HEAD and refuses every other method with 405', () => {
    expect(toRefusal('GET', '/')).toBeUndefined();
    expect(toRefusal('HEAD', '/posts/a')).toBeUndefined();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT']) expect(toRefusal(method, '/')?.status).toBe(405);
  });

  it('takes /_next/image only for an image of this site', () => {
    expect(toRefusal('GET', '/_next/image?url=%2Ficon.svg&w=64&q=75')).toBeUndefined();
    for (const source of ['%2F%5Cevil.example%2Fx.png', '%2F%2Fevil.example%2Fx.png', 'https%3A%2F%2Fevil.example%2Fx.png', '%2F%09%2Fevil.example%2Fx.png', '']) {
      expect(toRefusal('GET', `/_next/image?url=${source}&w=64&q=75`)?.status, source).toBe(400);
    }
  });

  it('answers 400, not an exception, for a request target the URL parser refuses', () => {
    expect(toRefusal('GET', 'http://[bad')?.status).toBe(400);
  });
});
