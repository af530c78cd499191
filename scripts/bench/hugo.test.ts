import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureHugo } from './hugo.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-hugo-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('measureHugo', () => {
  it('resolves to undefined when hugo is not on PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = scratch;
    try {
      expect(await measureHugo({ postsDir: scratch, workDir: path.join(scratch, 'unused') })).toBeUndefined();
    } finally {
      process.env.PATH = saved;
    }
  });
});
