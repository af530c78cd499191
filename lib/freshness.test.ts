import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, recordPublish, REVALIDATE_SECONDS, SITEMAP_REVALIDATE_SECONDS } from './freshness.mjs';

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

  it('makes every page made before a publish stale, and one made after fresh', () => {
    const before = Date.now() - 1000;
    recordPublish([]);
    expect(isStale(before)).toBe(true);
    expect(isStale(Date.now() + 1)).toBe(false);
  });

  it('makes pages stale when a future-dated post comes due, not before', () => {
    const now = Date.now();
    const due = now + 60_000;
    recordPublish([{ date: due }, { date: now - 5000 }]);
    const madeAfterPublish = now + 1000;
    expect(isStale(madeAfterPublish, now + 30_000)).toBe(false);
    expect(isStale(madeAfterPublish, due)).toBe(true);
    expect(isStale(due + 1, due + 10)).toBe(false);
  });
});
