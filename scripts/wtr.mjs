// Runs the browser tests in Chromium, Firefox and WebKit; exits non-zero when any fails.
// `--browsers chromium,firefox` (or IPR_BROWSERS) picks engines; other arguments go to web-test-runner.
// WebKit runs as WebKitGTK's MiniBrowser under WebKitWebDriver on an Xvfb display; this script
// starts both on a free display and a free port, and stops them when the tests end.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, engineVersion, findEngine } from './find-browsers.mjs';

const args = process.argv.slice(2);
const pick = args.indexOf('--browsers');
const wanted = (
  pick >= 0 ? args.splice(pick, 2)[1] : process.env.IPR_BROWSERS || Object.keys(ENGINES).join(',')
)
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of wanted) {
  if (!ENGINES[name]) {
    console.error(`Unknown browser "${name}": use ${Object.keys(ENGINES).join(', ')}.`);
    process.exit(1);
  }
}

const env = { ...process.env };
const run = [];
const skipped = [];
const cleanups = [];
const cleanUp = () => cleanups.splice(0).forEach((stop) => stop());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(1);
  });
}
for (const engine of wanted) {
  const started = cleanups.length;
  try {
    const paths = findEngine(engine);
    console.log(`${ENGINES[engine].label}: ${engineVersion(engine, paths)}`);
    if (engine === 'chromium') env.CHROME_PATH = paths.browser;
    if (engine === 'firefox') env.FIREFOX_PATH = paths.browser;
    if (engine === 'webkit') {
      env.WEBKIT_BROWSER_PATH = paths.browser;
      env.IPR_WEBKIT_PORT = String(await startWebKitDriver(paths));
    }
    run.push(engine);
  } catch (error) {
    cleanups.splice(started).forEach((stop) => stop());
    console.log(`${ENGINES[engine].label} skipped: ${error.message}`);
    skipped.push(ENGINES[engine].label);
  }
}
if (!run.length) {
  console.log(`0 passed, 1 failed (no browser to test in: none of ${skipped.join(', ')} found)`);
  process.exit(1);
}

const countFile = join(mkdtempSync(join(tmpdir(), 'ipr-wtr-')), 'count');
const status = await new Promise((resolve) => {
  const child = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...args], {
    stdio: 'inherit',
    env: {
      ...env,
      IPR_BROWSERS: run.join(','),
      IPR_SKIPPED_BROWSERS: skipped.join(','),
      IPR_COUNT_FILE: countFile,
    },
  });
  child.on('exit', (code) => resolve(code ?? 1));
});
cleanUp();
console.log(existsSync(countFile) ? readFileSync(countFile, 'utf8') : '0 passed, 1 failed');
process.exit(status);

/** A TCP port nobody listens on now, from the OS. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a process in its own group, so that it and what it spawns stop together. */
function startGroup(command, argv, options) {
  const child = spawn(command, argv, { detached: true, ...options });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  cleanups.push(stop);
  return child;
}

/** Xvfb on the first free display (it picks one itself with -displayfd), then WebKitWebDriver on it. */
async function startWebKitDriver(paths) {
  const xvfb = startGroup(
    paths.xvfb,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const display = await new Promise((resolve, reject) => {
    let text = '';
    let errors = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim().split('\n').pop()}`)));
    setTimeout(() => reject(new Error('Xvfb did not report a display within 10 s')), 10_000).unref();
  });
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const driver = startGroup(paths.driver, [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DISPLAY: `:${display}` },
    });
    if (await listening(port, driver)) return port;
    if (attempt === 2) throw new Error(`WebKitWebDriver did not start on port ${port}`);
  }
}

async function listening(port, child) {
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
