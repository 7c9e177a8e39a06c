// Runs the browser tests; exits non-zero when any fails. Extra arguments go to web-test-runner.
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

try {
  process.env.CHROME_PATH ||= findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
