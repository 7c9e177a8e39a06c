// Lifecycle and memory: 1,000 create/attach/detach cycles of each widget in headless Chromium and
// Firefox, then a forced garbage collection. Prints the memory before and after, live Chart
// instances left, and fails when anything is left alive or memory grew by more than the bound.
// `--browsers chromium` (or IPR_BROWSERS) picks engines; a missing engine is skipped visibly.
//
// What is measured differs by engine, each the closest it offers to "what this page keeps":
// - Chromium: the JS heap used (CDP `Runtime.getHeapUsage`) after `HeapProfiler.collectGarbage`.
// - Firefox: the memory Firefox's own memory reporter attributes to the page's window (JS objects,
//   DOM, styles: `explicit/window-objects/top(…)`, as about:memory shows it), after garbage and
//   cycle collections in the content process. WebDriver BiDi has no heap command, so this runs as
//   privileged script in the browser's own window (Firefox started with --remote-allow-system-access).
// WebKit is not measured: WebKitWebDriver can neither force a collection nor read memory.
import puppeteer from 'puppeteer-core';
import { ENGINES, chromeArgs, engineVersion, findEngine } from './find-browsers.mjs';
import { serve } from './serve.mjs';

const CYCLES = Number(process.env.CYCLES) || 1000;
const BOUND = 1024 * 1024; // bytes of growth allowed per 1,000 cycles after GC
const kinds = ['stat-card', 'stat-card-error', 'chart', 'author-chart', 'report'];
const measured = ['chromium', 'firefox'];

const args = process.argv.slice(2);
const pick = args.indexOf('--browsers');
const wanted = (pick >= 0 ? args[pick + 1] : process.env.IPR_BROWSERS || measured.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter((name) => measured.includes(name));

/** Chromium: JS heap over CDP. */
async function chromium(path) {
  const browser = await puppeteer.launch({
    executablePath: path,
    headless: true,
    args: [...chromeArgs, '--js-flags=--expose-gc'],
  });
  return {
    what: 'JS heap used after forced GC (CDP)',
    browser,
    async measurer(page) {
      const cdp = await page.createCDPSession();
      return async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
    },
  };
}

/** Firefox: the page window's memory from the memory reporter, after GC and CC in its process. */
async function firefox(path) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: path,
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  const connection = browser.connection;
  const privileged = async (expression) => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const target = { context: tree.result.contexts[0].context };
    const { result } = await connection.send('script.evaluate', { expression, target, awaitPromise: true });
    if (result.type !== 'success') throw new Error(`privileged script failed: ${JSON.stringify(result)}`);
    return result.result.value;
  };
  // The GC and CC buttons of about:memory ask each content process to collect; there is no reply,
  // so collect a few rounds with pauses (a cycle collection can free what the next GC reclaims).
  const collect = `(async () => {
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    for (let i = 0; i < 3; i++) {
      Services.obs.notifyObservers(null, 'child-gc-request');
      await pause(200);
      Services.obs.notifyObservers(null, 'child-cc-request');
      await pause(200);
    }
    Services.obs.notifyObservers(null, 'child-gc-request');
    await pause(300);
  })()`;
  const windowBytes = (url) => `new Promise((resolve) => {
    const manager = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
    const prefix = 'explicit/window-objects/top(' + ${JSON.stringify(url)}.replaceAll('/', '\\\\');
    let bytes = 0;
    manager.getReports(
      (process, path, kind, units, amount) => {
        if (units === Ci.nsIMemoryReporter.UNITS_BYTES && path.startsWith(prefix)) bytes += amount;
      },
      null,
      () => resolve(bytes),
      null,
      false,
    );
  })`;
  return {
    what: "the page window's memory after forced GC and CC (Firefox memory reporter)",
    browser,
    async measurer(page) {
      const url = page.url();
      return async () => {
        await privileged(collect);
        const bytes = await privileged(windowBytes(url));
        if (!bytes) throw new Error(`the memory reporter lists no window for ${url}`);
        return bytes;
      };
    },
  };
}

const launchers = { chromium, firefox };

/** Runs every widget in one engine; returns its lines and its failures (printed together at the end). */
async function runIn(engine, base) {
  const lines = [];
  let failures = 0;
  const started = Date.now();
  const paths = findEngine(engine);
  const { what, browser, measurer } = await launchers[engine](paths.browser);
  try {
    lines.push(
      `lifecycle in ${engineVersion(engine, paths)}: ${CYCLES} cycles per widget; ${what} (bound +${BOUND / 1024} KiB)`,
      'widget            before        after          delta   live charts',
    );
    for (const kind of kinds) {
      const page = await browser.newPage();
      await page.setViewport({ width: 900, height: 800 });
      await page.goto(`${base}/test/fixtures/lifecycle.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => typeof window.cycle === 'function');
      const memory = await measurer(page);
      await page.evaluate((k) => window.cycle(k, 50), kind); // warm-up: code, caches, first chunk loads
      const before = await memory();
      const result = await page.evaluate((k, n) => window.cycle(k, n), kind, CYCLES);
      const after = await memory();
      const delta = after - before;
      const ok = delta <= BOUND && result.live === 0 && result.children === 0;
      if (!ok) failures++;
      lines.push(
        `${ok ? 'ok  ' : 'FAIL'} ${kind.padEnd(14)} ${String(before).padStart(11)} ${String(after).padStart(12)} ${String(delta).padStart(9)} ${String(result.live).padStart(11)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  lines.push(`(${ENGINES[engine].label}: ${Math.round((Date.now() - started) / 1000)} s)`);
  return { lines, failures };
}

const server = await serve({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
let failed = 0;
const skipped = [];
const engines = wanted.filter((engine) => {
  try {
    findEngine(engine);
    return true;
  } catch (error) {
    console.log(`lifecycle: ${ENGINES[engine].label} skipped: ${error.message}`);
    skipped.push(ENGINES[engine].label);
    return false;
  }
});
try {
  // The engines run side by side: most of a cycle is waiting for frames, not computing.
  const results = await Promise.allSettled(engines.map((engine) => runIn(engine, base)));
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      for (const line of result.value.lines) console.log(line);
      failed += result.value.failures;
    } else {
      console.log(
        `FAIL lifecycle in ${ENGINES[engines[i]].label}: ${result.reason?.message ?? result.reason}`,
      );
      failed++;
    }
  });
} finally {
  server.close();
}
if (skipped.length) console.log(`lifecycle: skipped in ${skipped.join(', ')} (not found)`);
if (failed) {
  console.error(`lifecycle: ${failed} widget(s) left something alive`);
  process.exit(1);
}
