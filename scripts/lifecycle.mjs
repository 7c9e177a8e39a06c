// Lifecycle and memory: 1,000 create/attach/detach cycles of each widget in headless Chromium,
// then a forced GC. Prints the JS heap before and after, live Chart instances left, and fails
// when anything is left alive or the heap grew by more than the bound.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const CYCLES = Number(process.env.CYCLES) || 1000;
const BOUND = 1024 * 1024; // bytes of heap growth allowed per 1,000 cycles after GC
const kinds = ['stat-card', 'stat-card-error', 'chart', 'author-chart', 'report'];

const server = await serve({ port: 0, quiet: true });
const base = `http://localhost:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...chromeArgs, '--js-flags=--expose-gc'],
});
let failed = 0;
try {
  console.log(`lifecycle: ${CYCLES} cycles per widget; heap after forced GC (bound +${BOUND / 1024} KiB)`);
  console.log('widget            heap before   heap after     delta   live charts');
  for (const kind of kinds) {
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 800 });
    await page.goto(`${base}/test/fixtures/lifecycle.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.cycle === 'function');
    const cdp = await page.createCDPSession();
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.evaluate((k) => window.cycle(k, 50), kind); // warm-up: code, caches, first chunk loads
    const before = await heap();
    const result = await page.evaluate((k, n) => window.cycle(k, n), kind, CYCLES);
    const after = await heap();
    const delta = after - before;
    const ok = delta <= BOUND && result.live === 0 && result.children === 0;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${kind.padEnd(14)} ${String(before).padStart(11)} ${String(after).padStart(12)} ${String(delta).padStart(9)} ${String(result.live).padStart(11)}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) {
  console.error(`lifecycle: ${failed} widget(s) left something alive`);
  process.exit(1);
}
