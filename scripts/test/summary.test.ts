import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SUMMARY = path.join(import.meta.dirname, 'summary.mjs');

function run(reports: Record<string, unknown>, missing: string[] = []): { code: number; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finews-summary-'));
  const files = Object.entries(reports).map(([name, report]) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(report));
    return file;
  });
  files.push(...missing.map((name) => path.join(dir, name)));
  try {
    return { code: 0, out: execFileSync(process.execPath, [SUMMARY, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

const vitest = {
  numPassedTests: 3,
  numFailedTests: 1,
  numPendingTests: 0,
  testResults: [
    {
      name: `${process.cwd()}/lib/render/render-pool.test.ts`,
      assertionResults: [
        { status: 'passed', fullName: 'the render pool renders' },
        { status: 'failed', fullName: 'the render pool ends a slow render', failureMessages: ['\u001b[31mAssertionError\u001b[39m: expected 1 to be 2\n    at x.ts:1'] },
      ],
    },
  ],
};
const playwright = {
  stats: { expected: 5, unexpected: 1, skipped: 0, flaky: 1 },
  suites: [
    {
      title: 'reading.spec.ts',
      file: 'reading.spec.ts',
      specs: [],
      suites: [{ title: 'lists', specs: [{ title: 'home lists posts', tests: [{ status: 'unexpected', results: [{ error: { message: 'Timed out 5000ms\nmore' } }] }] }] }],
    },
  ],
};

describe('the test summary', () => {
  it('totals every runner into one line and names each failed test above it', () => {
    const { code, out } = run({ 'unit.json': vitest, 'e2e.json': playwright });
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines.at(-1)).toBe('9 passed, 2 failed, 0 skipped');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^FAILED .*unit\.json lib\/render\/render-pool\.test\.ts: the render pool ends a slow render: AssertionError: expected 1 to be 2$/)]));
    expect(lines).toContain('FAILED reading.spec.ts: home lists posts: Timed out 5000ms');
  });

  it('counts a missing report as a failure', () => {
    const unit = { 'unit.json': { numPassedTests: 2, numFailedTests: 0, testResults: [] } };
    expect(run(unit)).toEqual({ code: 0, out: '2 passed, 0 failed, 0 skipped\n' });
    expect(run(unit, ['e2e.json'])).toEqual({ code: 1, out: '2 passed, 1 failed, 0 skipped\n' });
  });
});
