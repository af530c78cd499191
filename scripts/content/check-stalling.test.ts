import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STALLING_POSTS, writeStallingPosts } from './gen/stalling-posts.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const posts = mkdtempSync(path.join(tmpdir(), 'check-stalling-'));
writeStallingPosts(posts);
afterAll(() => rmSync(posts, { recursive: true, force: true }));

function check(...args: string[]): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/content/check-posts.ts', ...args, posts], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.trim().split('\n').map((line) => line.replace(`${posts}/`, '')) };
}

describe('npm run check on bodies that stall the parser', () => {
  it('names every body nested too deeply to render, and fails', () => {
    const { status, lines } = check();
    const deep = STALLING_POSTS.filter((post) => post.kind === 'nesting');
    expect(lines).toEqual([
      ...deep.map((post) => `${post.name}.md: body nests more than 64 levels deep (quotes, lists or HTML elements); its article shows only the excerpt`).sort(),
      `5 posts, ${deep.length} problems, 0 note(s) in ${posts}`,
    ]);
    expect(status).toBe(1);
  });

  it('with --render, also names the bodies that run over the time limit', () => {
    const { status, lines } = check('--render');
    const expected = STALLING_POSTS.map((post) =>
      post.kind === 'nesting'
        ? `${post.name}.md: body nests more than 64 levels deep (quotes, lists or HTML elements); its article shows only the excerpt`
        : `${post.name}.md: body took over 4 s to render; its article shows only the excerpt`,
    );
    expect(lines).toEqual([...expected.sort(), `5 posts, 5 problems, 0 note(s) in ${posts}`]);
    expect(status).toBe(1);
  }, 120_000);
});
