import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, recordInvalidation, REVALIDATE_SECONDS, SITEMAP_REVALIDATE_SECONDS } from './freshness.mjs';

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|route)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('freshness', () => {
  it('every cached route revalidates as lib/freshness.mjs says', () => {
    const app = path.join(import.meta.dirname, '..', 'app');
    const found = routeFiles(app).flatMap((file) => {
      const match = /export const revalidate = (\d+);/.exec(fs.readFileSync(file, 'utf8'));
      return match ? [[path.relative(app, file), Number(match[1])] as const] : [];
    });
    expect(found.length).toBeGreaterThanOrEqual(10);
    const expected = (file: string) => (file.startsWith('sitemap') ? SITEMAP_REVALIDATE_SECONDS : REVALIDATE_SECONDS);
    expect(found.filter(([file, seconds]) => seconds !== expected(file))).toEqual([]);
  });

  it('makes a page made before a change to one of its tags stale, and others not', () => {
    const madeAt = Date.now() - 1000;
    recordInvalidation(['freshness-test:a']);
    expect(isStale(['freshness-test:a'], madeAt)).toBe(true);
    expect(isStale(['freshness-test:b'], madeAt)).toBe(false);
    expect(isStale(['freshness-test:a'], Date.now() + 1)).toBe(false);
  });

  it('counts a change in the same millisecond as the render was asked for, and a change to every page', () => {
    const at = Date.now() + 10_000;
    recordInvalidation(['freshness-test:c'], at);
    expect(isStale(['freshness-test:c'], at)).toBe(true);
    recordInvalidation('all', at);
    expect(isStale(['freshness-test:d'], at - 1)).toBe(true);
    expect(isStale(['freshness-test:d'], at + 1)).toBe(false);
  });
});
