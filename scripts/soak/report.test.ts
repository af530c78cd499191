import { describe, expect, it } from 'vitest';
import { formatCheck, toChecks, type Figures } from './report';

const clean: Figures = {
  serverErrors: 0,
  errorPages: 0,
  errorLogLines: 0,
  soakJudged: 500,
  soakBad: 0,
  finalLive: 40,
  finalLiveWrong: 0,
  finalDeleted: 100,
  finalDeletedWrong: 0,
  rssWarmKb: 400 * 1024,
  rssEndKb: 470 * 1024,
  rssLimitFactor: 1.2,
  rpsWithoutWrites: 400,
  rpsWithWrites: 250,
  p99WithWrites: 300,
};

describe('toChecks', () => {
  it('passes a clean run and prints each figure', () => {
    const checks = toChecks(clean);
    expect(checks.every((check) => check.pass)).toBe(true);
    expect(checks.map(formatCheck)).toContain('PASS  memory: RSS 400 MB after warm-up, 470 MB at the end (1.18×, limit 1.2×)');
  });

  it('fails each criterion on its own figure', () => {
    const failing = (more: Partial<Figures>) => toChecks({ ...clean, ...more }).filter((check) => !check.pass).map((check) => check.name);
    expect(failing({ serverErrors: 1 })).toEqual(['zero 5xx']);
    expect(failing({ errorLogLines: 2 })).toEqual(['zero failed renders']);
    expect(failing({ soakBad: 1 })).toEqual(['no half-written post served']);
    expect(failing({ soakJudged: 0 })).toEqual(['no half-written post served']);
    expect(failing({ finalDeletedWrong: 1 })).toEqual(['final state served']);
    expect(failing({ rssEndKb: 481 * 1024 })).toEqual(['memory']);
    expect(failing({ rpsWithWrites: 199 })).toEqual(['throughput under writes']);
    expect(failing({ rpsWithoutWrites: 0 })).toEqual(['throughput under writes']);
    expect(failing({ p99WithWrites: 501 })).toEqual(['latency under writes']);
  });
});
