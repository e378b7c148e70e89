import { writeSync } from 'node:fs';

// Prints the closing line "N passed, M failed" (and skipped) that CI reads, after the default reporter.
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        if (session.errors.length > 0 || !session.testResults) brokenFiles += 1;
      }
      // A file that failed to load counts as a failure, so the line never hides it.
      const failed = totals.failed + brokenFiles;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      const line = `\n${totals.passed} passed, ${failed} failed${skipped}\n`;
      // The runner's dynamic terminal redraws over anything written now; print as the process ends.
      process.once('exit', () => writeSync(1, line));
    },
  };
}
