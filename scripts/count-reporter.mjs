import { writeFileSync } from 'node:fs';

/** A Web Test Runner reporter whose last line is the plain `N passed, N failed` count. */
export function countReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped++;
      else if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load reports no tests: count it as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length))
          failed += session.errors?.length ? 1 : 0;
      }
    },
    async stop() {
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      // scripts/wtr.mjs prints it again as the very last line, after the runner's own summary.
      if (process.env.IPR_COUNT_FILE) writeFileSync(process.env.IPR_COUNT_FILE, line);
      else console.log(line);
    },
  };
}
