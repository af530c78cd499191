// @ts-check
// A page's script-src: the theme script's hash and the hashes of the framework's inline scripts
// in that very body. Which inline scripts are the framework's is assumption N1 in
// server/next-internals.mjs.
import { createHash } from 'node:crypto';
import { isNextFrameworkScript, toNextInlineScripts } from './next-internals.mjs';

// sha256 of lib/site/theme.ts toHeadScript(); script-hashes.test.ts fails with the new value when that script changes.
export const THEME_SCRIPT_HASH = "'sha256-2EXuJJDXT2PFCmaM1VM+Zj/3OwFKcnsp7TIty6+uSMI='";

/**
 * The CSP source for a script given as text.
 * @param {string} script
 */
export function toScriptHash(script) {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The hash sources that allow the theme script and the framework's inline scripts of one HTML body.
 * The body is read one character per byte (decoding UTF-8 costs more than all the rest): the markup
 * and JSON syntax checked here are ASCII, and each hash is over the very bytes that were sent.
 * @param {Buffer} body
 * @returns {string[]}
 */
export function toScriptHashes(body) {
  const hashes = new Set([THEME_SCRIPT_HASH]);
  for (const script of toNextInlineScripts(body.toString('latin1'))) {
    if (isNextFrameworkScript(script)) hashes.add(`'sha256-${createHash('sha256').update(script, 'latin1').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The page's `script-src` put in front of the other directives (from next.config.mjs).
 * @param {Buffer} body
 * @param {string | undefined} basePolicy
 */
export function toPagePolicy(body, basePolicy) {
  const scriptSrc = `script-src 'self' ${toScriptHashes(body).join(' ')}`;
  return basePolicy ? `${scriptSrc}; ${basePolicy}` : scriptSrc;
}
