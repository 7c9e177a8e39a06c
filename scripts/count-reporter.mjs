import { writeFileSync } from 'node:fs';

/**
 * A Web Test Runner reporter whose last line is the plain `N passed, N failed` count over every
 * browser, followed by each browser's own count in brackets (and the browsers skipped).
 */
export function countReporter() {
  const counts = new Map();
  const countOf = (name) => {
    if (!counts.has(name)) counts.set(name, { passed: 0, failed: 0, skipped: 0 });
    return counts.get(name);
  };
  const walk = (suite, count) => {
    for (const test of suite.tests) {
      if (test.skipped) count.skipped++;
      else if (test.passed) count.passed++;
      else count.failed++;
    }
    for (const child of suite.suites) walk(child, count);
  };
  const line = ({ passed, failed, skipped }) =>
    `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const count = countOf(session.browser.name);
        if (session.testResults) walk(session.testResults, count);
        // A file that failed to load reports no tests: count it as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length))
          count.failed += session.errors?.length ? 1 : 0;
      }
    },
    async stop() {
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const count of counts.values()) for (const key of Object.keys(total)) total[key] += count[key];
      const each = [...counts].map(([name, count]) => `${name}: ${line(count)}`);
      // Engines scripts/wtr.mjs found no binary for (it printed how to install them).
      for (const name of (process.env.IPR_SKIPPED_BROWSERS || '').split(',').filter(Boolean))
        each.push(`${name}: skipped, not found`);
      const summary = `${line(total)} (${each.join('; ')})`;
      // scripts/wtr.mjs prints it again as the very last line, after the runner's own summary.
      if (process.env.IPR_COUNT_FILE) writeFileSync(process.env.IPR_COUNT_FILE, summary);
      else console.log(summary);
    },
  };
}
