// Totals Vitest and Playwright JSON reports into the plain line CI reads: "N passed, N failed, N skipped".
// Failed tests are named just above that line: CI keeps only the tail of the output.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
const failures = [];

function firstLine(text) {
  return String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((line) => line.trim()) ?? '';
}

// Playwright nests suites (file → describe → …) with specs at every level.
function playwrightFailures(suite, file) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected') continue;
      const last = test.results?.at(-1);
      failures.push(`${file}: ${spec.title}: ${firstLine(last?.error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) playwrightFailures(child, file);
}

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`${file}: no report (the runner did not finish)`);
    missing += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats && 'expected' in report.stats) {
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    for (const suite of report.suites ?? []) playwrightFailures(suite, suite.file ?? suite.title);
  } else {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const result of report.testResults ?? []) {
      for (const test of result.assertionResults ?? []) {
        if (test.status !== 'failed') continue;
        const where = result.name.replace(`${process.cwd()}/`, '');
        failures.push(`${file} ${where}: ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
      }
    }
  }
}
for (const line of failures) console.log(`FAILED ${line.slice(0, 400)}`);
console.log(`${passed} passed, ${failed + missing} failed, ${skipped} skipped`);
process.exitCode = failed + missing > 0 ? 1 : 0;
