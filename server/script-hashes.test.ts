import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHeadScript } from '@/lib/site/theme';
import { THEME_SCRIPT_HASH, toPagePolicy, toScriptHash, toScriptHashes } from './script-hashes.mjs';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[7,[],\\"\\u003cb\\u003e\\"]\\n"])';
const BOOTSTRAP =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});';

function page(...scripts: string[]): Buffer {
  return Buffer.from(`<!DOCTYPE html><html><head><script>${toHeadScript()}</script></head><body><main>正文</main>${scripts.join('')}</body></html>`);
}

describe('toScriptHashes', () => {
  it('pins the theme script’s hash: update THEME_SCRIPT_HASH to this value when the script changes', () => {
    expect(THEME_SCRIPT_HASH).toBe(hashOf(toHeadScript()));
  });

  it('lists the theme script and each framework script of the page once, hashed over its UTF-8 bytes', () => {
    const chinese = 'self.__next_f.push([1,"标题：利率与汇率\\n"])';
    const html = page(`<script id="_R_">${BOOTSTRAP}</script>`, `<script>${INIT}</script>`, `<script>${DATA}</script>`, `<script>${DATA}</script>`, `<script>${chinese}</script>`);
    expect(toScriptHashes(html)).toEqual([THEME_SCRIPT_HASH, hashOf(BOOTSTRAP), hashOf(INIT), hashOf(DATA), hashOf(chinese)]);
  });

  it('gives no hash to a script that is not the framework’s, wherever it sits', () => {
    const html = Buffer.from(page(`<script>${INIT}</script>`).toString().replace('正文', '<script>alert(1)</script><script nonce="x">alert(2)</script>'));
    expect(toScriptHashes(html)).toEqual([THEME_SCRIPT_HASH, hashOf(INIT)]);
    expect(toScriptHash('alert(1)')).toBe(hashOf('alert(1)'));
  });
});

describe('toPagePolicy', () => {
  it('puts script-src in front of the configured directives, with no unsafe-inline', () => {
    const policy = toPagePolicy(page(`<script>${INIT}</script>`), "object-src 'none'; base-uri 'self'");
    expect(policy).toBe(`script-src 'self' ${THEME_SCRIPT_HASH} ${hashOf(INIT)}; object-src 'none'; base-uri 'self'`);
    expect(toPagePolicy(Buffer.alloc(0), undefined)).toBe(`script-src 'self' ${THEME_SCRIPT_HASH}`);
  });
});
