// Runs the browser tests; exits non-zero when any fails. Extra arguments go to web-test-runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

try {
  process.env.CHROME_PATH ||= findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const countFile = join(mkdtempSync(join(tmpdir(), 'ipr-wtr-')), 'count');
const result = spawnSync(
  'npx',
  ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, IPR_COUNT_FILE: countFile } },
);
const count = existsSync(countFile) ? readFileSync(countFile, 'utf8') : '0 passed, 1 failed';
console.log(count);
process.exit(result.status ?? 1);
