// `npm run bench`: what the widgets cost in a real browser, next to what the same page costs
// without them. Serves the built dist/ and generated pages from a temp folder on a local port,
// loads each variant in a fresh browser context, alternating variants, and prints medians with
// the goal beside each figure. Builds nothing: `npm run bench` runs `npm run build` first.
//
//   node scripts/bench.mjs [--rounds=N] [--compare=DIR]
//     --compare=DIR  also loads every widget page with the library built in DIR (an older dist/),
//                    alternating with the others, and prints this build ÷ that one.
//     --only=ID,…    only these timed cases (cards-100, charts-50, article, …), for quick checks.
//   node scripts/bench.mjs [--rounds=N]      (measured rounds after one warm-up; default 7, fewer
//                                             only for trying the script out)
//
// CHROME_PATH picks the browser, as for the tests.
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import {
  articlePage,
  chartsPage,
  pageCss,
  reportPage,
  statCardsPage,
  staticCardCss,
} from './bench/pages.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const dist = join(root, 'dist');
const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
const compareArg = process.argv.find((a) => a.startsWith('--compare='));
const BEFORE = compareArg ? resolve(compareArg.split('=')[1]) : undefined;
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const ONLY = onlyArg ? onlyArg.split('=')[1].split(',') : undefined;
const ROUNDS = Math.max(1, Number(roundsArg?.split('=')[1] ?? 7) || 7);
const TIMEOUT = 120_000;

if (!existsSync(join(dist, 'ip-report-widgets.js'))) {
  console.error('No dist/ip-report-widgets.js: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Pages and server

const temp = mkdtempSync(join(tmpdir(), 'ipr-bench-'));
const write = (name, text) => writeFileSync(join(temp, name), text);
write('probe.js', readFileSync(new URL('./bench/probe.js', import.meta.url)));
write('page.css', pageCss);
write('blank.html', '<!doctype html><title>blank</title>');
write('static-card.css', staticCardCss);
await build({
  entryPoints: [join(root, 'scripts/bench/bare-chart.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(temp, 'bare-chart.js'),
  logLevel: 'error',
});
const CARD_COUNTS = [1, 10, 100, 1000];
/** The card count of the goal, the one page that also gets the Intl reference (`intl`). */
const GOAL_CARDS = 100;
const CHART_COUNTS = [1, 50];
for (const n of CARD_COUNTS)
  for (const v of ['ipr', 'static', 'before', ...(n === GOAL_CARDS ? ['intl'] : [])])
    write(`cards-${n}-${v}.html`, statCardsPage(n, v));
for (const n of CHART_COUNTS)
  for (const v of ['ipr', 'bare', 'before']) write(`charts-${n}-${v}.html`, chartsPage(n, v));
for (const v of ['ipr', 'bare', 'before']) write(`article-${v}.html`, articlePage(v));
// Long pages scrolled top to bottom: how many Chart instances stay alive, and the heap after.
const SCROLL_COUNTS = [50, 2000];
for (const n of SCROLL_COUNTS)
  write(`scroll-${n}.html`, chartsPage(n, 'ipr').replace(`data-wait="ready:${n}"`, 'data-wait="ready:2"'));
const distEntry = readFileSync(join(dist, 'ip-report-widgets.js'), 'utf8');
const hasReport = /ipr-report(?!-)/.test(distEntry) || existsSync(join(root, 'src/components/report'));
if (hasReport) write('report.html', reportPage());

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const mounts = { '/bench/': temp, '/dist/': dist, '/demo/': join(root, 'demo') };
if (BEFORE) mounts['/dist-before/'] = BEFORE;

function fileFor(pathname) {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir)) return undefined;
    try {
      return statSync(file).isDirectory() ? join(file, 'index.html') : file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/favicon.ico') return void res.writeHead(204).end();
  const file = fileFor(pathname);
  if (!file || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// Loading one page

const browser = await chromium.launch({ executablePath: findChrome({ install: false }), args: chromeArgs });
const machine = { ...machineInfo(), chromium: browser.version() };

/**
 * Loads a page in a fresh context and returns: `time` (ms from navigation start to the page's
 * condition plus one frame), `cpu` (the main thread's own CPU time until then, ms: `task` in all,
 * `layout` for style and layout), `heap` (JS heap used after a full GC, bytes), long tasks, layout
 * shifts, the JS files fetched, and how many charts were drawn.
 */
async function load(path, { viewport = { width: 1280, height: 800 }, settle = 0, scroll = false } = {}) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  const scripts = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js') && !url.pathname.startsWith('/bench/probe')) scripts.push(url.pathname);
  });
  try {
    // Demo pages do not load the probe themselves.
    if (path.startsWith('/demo/'))
      await page.addInitScript({ content: readFileSync(join(temp, 'probe.js'), 'utf8') });
    // A blank page of the same site first, so that starting the renderer process is not timed.
    await page.goto(`${origin}/bench/blank.html`);
    // Main-thread work in the renderer's own CPU time ('threadTicks'): time the thread waited for
    // the core or the network does not count, so it varies far less than the time to drawn.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await threadTimes(cdp);
    await page.goto(origin + path, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    const time = await page.evaluate(
      (ms) =>
        Promise.race([
          window.__bench.done,
          new Promise((_, no) => setTimeout(() => no(new Error('timeout')), ms)),
        ]),
      TIMEOUT,
    );
    const after = await threadTimes(cdp);
    const cpu = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
    if (scroll) {
      // Down the page a screen at a time, so that every chart comes near and draws.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += viewport.height / 2) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(150);
      }
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    if (settle) await page.waitForTimeout(settle);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');
    const { longTasks, shifts, drawn } = await page.evaluate(() => ({
      longTasks: window.__bench.longTasks(),
      shifts: window.__bench.shifts(),
      drawn: [...document.querySelectorAll('ipr-chart')].filter((c) => c.chartInstance).length,
    }));
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return { time, cpu, heap, longTasks, shifts, drawn, scripts };
  } finally {
    await context.close();
  }
}

/** The renderer main thread's time so far, in ms: all tasks, and the style and layout within them. */
async function threadTimes(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
  return { task: m.TaskDuration, layout: m.LayoutDuration + m.RecalcStyleDuration };
}

/**
 * Loads a long page of charts and scrolls it top to bottom a viewport at a time, counting the
 * live Chart instances after each step (`IprChart.liveCharts`); then the JS heap after a full GC.
 */
async function scrolled(path) {
  const viewport = { width: 1340, height: 800 };
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${origin}/bench/blank.html`);
    await page.goto(origin + path, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    await page.evaluate(() => window.__bench.done);
    const live = () => page.evaluate(() => customElements.get('ipr-chart')?.liveCharts ?? 0);
    let most = await live();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += viewport.height) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
      most = Math.max(most, await live());
    }
    await page.waitForTimeout(500);
    most = Math.max(most, await live());
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return { most, heap, end: await live() };
  } finally {
    await context.close();
  }
}

/** The scrolled pages' figures, printed by `--only=scroll` alone or in section 6 of the report. */
async function scrollFigures() {
  const out = {};
  for (const n of SCROLL_COUNTS) out[n] = await scrolled(`/bench/scroll-${n}.html`);
  return out;
}
const scroll = !ONLY || ONLY.includes('scroll') ? await scrollFigures() : undefined;
if (ONLY && scroll) {
  for (const n of SCROLL_COUNTS) {
    const r = scroll[n];
    console.log(
      `scroll-${n}: at most ${r.most} live Chart instances, ${r.end} at the end, heap ${(r.heap / 1048576).toFixed(2)} MB`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The measured cases: each a pair of variants loaded one after the other, in alternating order.

const chartViewport = (n) => ({ width: 1340, height: n > 1 ? Math.ceil(n / 2) * 560 + 100 : 800 });
const withBefore = (variants) =>
  BEFORE ? { ...variants, before: variants.ipr.replace('-ipr.', '-before.') } : variants;
const cases = [
  ...CARD_COUNTS.map((n) => ({
    id: `cards-${n}`,
    variants: withBefore({
      static: `/bench/cards-${n}-static.html`,
      ipr: `/bench/cards-${n}-ipr.html`,
      // A reference for the goal's page only: what formatting with Intl costs any page.
      ...(n === GOAL_CARDS ? { intl: `/bench/cards-${n}-intl.html` } : {}),
    }),
    options: {},
  })),
  ...CHART_COUNTS.map((n) => ({
    id: `charts-${n}`,
    variants: withBefore({ bare: `/bench/charts-${n}-bare.html`, ipr: `/bench/charts-${n}-ipr.html` }),
    options: { viewport: chartViewport(n) },
  })),
  {
    id: 'article',
    variants: withBefore({ bare: '/bench/article-bare.html', ipr: '/bench/article-ipr.html' }),
    options: { viewport: { width: 1366, height: 768 }, settle: 500 },
  },
].filter((c) => !ONLY || ONLY.includes(c.id));

const results = Object.fromEntries(
  cases.map((c) => [c.id, Object.fromEntries(Object.keys(c.variants).map((v) => [v, []]))]),
);
const started = Date.now();
for (let round = 0; round <= ROUNDS; round++) {
  for (const c of cases) {
    const keys = Object.keys(c.variants);
    const order = keys.map((_, i) => keys[(i + round) % keys.length]);
    for (const v of order) {
      const r = await load(c.variants[v], c.options);
      if (round > 0) results[c.id][v].push(r);
    }
  }
  process.stderr.write(
    `\r${round === 0 ? 'warm-up' : `round ${round}/${ROUNDS}`} done (${Math.round((Date.now() - started) / 1000)} s)   `,
  );
}
process.stderr.write('\n');

if (ONLY) {
  await browser.close();
  server.close();
  rmSync(temp, { recursive: true, force: true });
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  for (const c of cases) {
    const [base] = Object.keys(c.variants);
    const cells = Object.keys(c.variants).map((v) => {
      const runs = results[c.id][v];
      const of = (f) => median(runs.map(f)).toFixed(1);
      const to = (f) => median(runs.map((r, i) => f(r) / f(results[c.id][base][i]))).toFixed(2);
      const [t, work] = [(r) => r.time, (r) => r.cpu.task];
      return `${v} ${of(t)} ms (${to(t)}× ${base}; main thread ${of(work)} ms, ${to(work)}×)`;
    });
    console.log(`${c.id}: ${cells.join(', ')}`);
  }
  process.exit(0);
}

// Bytes and layout stability: each page loaded once per round too, but their figures do not vary.
const gz = (pathname) => gzipSync(readFileSync(fileFor(pathname)), { level: 9 }).length;
const bytesOf = async (path, options) => {
  const r = await load(path, { settle: 500, ...options });
  const files = [...new Set(r.scripts)];
  return { bytes: files.reduce((s, f) => s + gz(f), 0), files };
};
const bytes = {
  stat: await bytesOf('/bench/cards-10-ipr.html'),
  chart: await bytesOf('/bench/charts-1-ipr.html'),
  bare: await bytesOf('/bench/charts-1-bare.html'),
  report: hasReport ? await bytesOf('/bench/report.html') : undefined,
};

const clsPages = [
  ['demo/index.html', '/demo/index.html'],
  ['demo/charts.html', '/demo/charts.html'],
  ...(hasReport
    ? [
        [
          'report page',
          existsSync(join(root, 'demo/report.html')) ? '/demo/report.html' : '/bench/report.html',
        ],
      ]
    : []),
];
const cls = [];
for (const [name, path] of clsPages) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const r = await load(path, { scroll: true });
    runs.push(r.shifts.reduce((s, e) => s + e.value, 0));
  }
  cls.push([name, Math.max(...runs)]);
}

await browser.close();
server.close();
rmSync(temp, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Report

function machineInfo() {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // Not Linux.
  }
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // No nproc.
  }
  return { nproc, model, node: process.version };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const med = (id, v, f) => median(results[id][v].map(f));
/** Median of the per-round ratios: each ratio from two loads made one after the other. */
const ratio = (id, a, b, f) => median(results[id][a].map((r, i) => f(r) / f(results[id][b][i])));
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1048576).toFixed(2)} MB`;
const x = (r) => `${r.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const pad = (s, n) => String(s).padStart(n);
const row = (cells, widths) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[0]) : pad(c, widths[i]))).join('  ');
const time = (r) => r.time;
const heap = (r) => r.heap;
const task = (r) => r.cpu.task;
const styleLayout = (r) => r.cpu.layout;
/** Rows of main-thread CPU time (to the same condition as the time) for these cases. */
function mainThread(ids, base, label) {
  const wm = [14, 19, 19, 7];
  say(`   main thread's own CPU time until then (of it, style + layout); steadier than the time above:`);
  say(row([`   ${label}`, base === 'static' ? 'static' : 'Chart.js', 'ipr', 'ratio'], wm));
  for (const [name, id] of ids) {
    const cell = (v) => `${ms(med(id, v, task))} (${med(id, v, styleLayout).toFixed(1)})`;
    say(row([`   ${name}`, cell(base), cell('ipr'), x(ratio(id, 'ipr', base, task))], wm));
  }
}
const out = [];
const say = (line = '') => out.push(line);

if (ROUNDS < 7) say(`(only ${ROUNDS} rounds: not enough to go by)`);
say(
  `ip-report-widgets bench: ${ROUNDS} rounds after a warm-up, variants alternating, fresh browser context per load`,
);
say(`machine: ${machine.nproc} cores, ${machine.model}; Chromium ${machine.chromium}; Node ${machine.node}`);
say(
  'figures: medians; ratios are medians of per-round ratios (ours ÷ baseline); reduced motion (animations off);\n' +
    "main thread: the renderer main thread's own CPU time (DevTools protocol Performance metrics, thread ticks)",
);
say();

say('1. Stat cards: navigation start → all rendered + next frame; JS heap after GC');
let w = [6, 11, 11, 7, 16, 10, 10];
say(row(['cards', 'static', 'ipr', 'ratio', 'goal', 'heap static', 'heap ipr'], w));
for (const n of CARD_COUNTS) {
  const id = `cards-${n}`;
  const r = ratio(id, 'ipr', 'static', time);
  const goal = n === 100 ? `≤ 1.30× ${verdict(r <= 1.3)}` : '';
  say(
    row(
      [
        n,
        ms(med(id, 'static', time)),
        ms(med(id, 'ipr', time)),
        x(r),
        goal,
        mb(med(id, 'static', heap)),
        mb(med(id, 'ipr', heap)),
      ],
      w,
    ),
  );
}
mainThread(
  CARD_COUNTS.map((n) => [n, `cards-${n}`]),
  'static',
  'cards',
);
say(
  `   reference, not a goal: the static twin of 100 on a page that also formats a number, a change and a date with Intl\n` +
    `   (a page's first Intl.NumberFormat sets up the browser's number data): ${ms(med('cards-100', 'intl', time))}, ` +
    `${x(ratio('cards-100', 'intl', 'static', time))} the static twin; main thread ${ms(med('cards-100', 'intl', task))}, ` +
    `${x(ratio('cards-100', 'intl', 'static', task))}; 100 cards ÷ this page: ${x(ratio('cards-100', 'ipr', 'intl', time))}, ` +
    `main thread ${x(ratio('cards-100', 'ipr', 'intl', task))}`,
);
say('   cost per added card (µs), from the medians:');
w = [14, 9, 9, 9];
say(row(['   cards', 'static', 'ipr', 'ipr heap'], w));
const perCard = [];
for (let i = 1; i < CARD_COUNTS.length; i++) {
  const [a, b] = [CARD_COUNTS[i - 1], CARD_COUNTS[i]];
  const d = (v, f) => (med(`cards-${b}`, v, f) - med(`cards-${a}`, v, f)) / (b - a);
  const cost = { static: d('static', time) * 1000, ipr: d('ipr', time) * 1000, heap: d('ipr', heap) };
  perCard.push(cost);
  say(
    row(
      [`   ${a}→${b}`, cost.static.toFixed(0), cost.ipr.toFixed(0), `${(cost.heap / 1024).toFixed(1)} kB`],
      w,
    ),
  );
}
const [, mid, last] = perCard;
const linear = last.ipr <= mid.ipr * 1.5;
say(
  `   growth: ${(last.ipr / mid.ipr).toFixed(2)}× the per-card time of 10→100 at 100→1000 (goal: linear, ≤ 1.5×) ${verdict(linear)}`,
);
say();

say('2. Charts (plot 600×300, the same bar chart and options): navigation start → all drawn + next frame');
w = [7, 11, 11, 7, 16, 10, 10];
say(row(['charts', 'Chart.js', 'ipr', 'ratio', 'goal', 'heap bare', 'heap ipr'], w));
for (const n of CHART_COUNTS) {
  const id = `charts-${n}`;
  const r = ratio(id, 'ipr', 'bare', time);
  say(
    row(
      [
        n,
        ms(med(id, 'bare', time)),
        ms(med(id, 'ipr', time)),
        x(r),
        // One chart within 1.20× of bare Chart.js, fifty within 1.10×.
        n === 1 ? `≤ 1.20× ${verdict(r <= 1.2)}` : `≤ 1.10× ${verdict(r <= 1.1)}`,
        mb(med(id, 'bare', heap)),
        mb(med(id, 'ipr', heap)),
      ],
      w,
    ),
  );
}
mainThread(
  CHART_COUNTS.map((n) => [n, `charts-${n}`]),
  'bare',
  'charts',
);
say(`   heap ratio at 50 charts: ${x(ratio('charts-50', 'ipr', 'bare', heap))}`);
say();

say(
  '3. Article of 50 charts, 3 in the first viewport (1366×768): navigation start → visible charts drawn + next frame',
);
const lt = (r) => r.longTasks.length;
const tbt = (r) => r.longTasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
const ltSum = (r) => r.longTasks.reduce((s, t) => s + t.duration, 0);
w = [22, 11, 11, 7, 16];
say(row(['', 'Chart.js', 'ipr', 'ratio', 'goal'], w));
const ar = ratio('article', 'ipr', 'bare', time);
say(
  row(
    [
      'visible charts drawn',
      ms(med('article', 'bare', time)),
      ms(med('article', 'ipr', time)),
      x(ar),
      `≤ 0.50× ${verdict(ar <= 0.5)}`,
    ],
    w,
  ),
);
say(row(['long tasks (count)', med('article', 'bare', lt), med('article', 'ipr', lt), '', ''], w));
say(
  row(['long tasks (total)', ms(med('article', 'bare', ltSum)), ms(med('article', 'ipr', ltSum)), '', ''], w),
);
say(row(['blocking time (>50)', ms(med('article', 'bare', tbt)), ms(med('article', 'ipr', tbt)), '', ''], w));
say(
  row(
    [
      'main thread (CPU)',
      ms(med('article', 'bare', task)),
      ms(med('article', 'ipr', task)),
      x(ratio('article', 'ipr', 'bare', task)),
      '',
    ],
    w,
  ),
);
say(row(['charts drawn', 50, med('article', 'ipr', (r) => r.drawn), '', ''], w));
say(row(['JS heap', mb(med('article', 'bare', heap)), mb(med('article', 'ipr', heap)), '', ''], w));
say();

if (BEFORE) {
  say(`This build ÷ the build in ${BEFORE} (same pages, loaded alternately with the others)`);
  w = [12, 11, 11, 7, 11, 11, 7];
  say(row(['page', 'before', 'now', 'ratio', 'heap before', 'heap now', 'ratio'], w));
  for (const c of cases) {
    say(
      row(
        [
          c.id,
          ms(med(c.id, 'before', time)),
          ms(med(c.id, 'ipr', time)),
          x(ratio(c.id, 'ipr', 'before', time)),
          mb(med(c.id, 'before', heap)),
          mb(med(c.id, 'ipr', heap)),
          x(ratio(c.id, 'ipr', 'before', heap)),
        ],
        w,
      ),
    );
  }
  say();
}

say('4. JS a page loads (gzip -9 bytes of every script fetched)');
w = [34, 9, 18];
say(row(['page', 'bytes', 'goal'], w));
// The design's first targets; npm run size holds the budgets the build is checked against.
say(row(['stat cards only', bytes.stat.bytes, `≤ 13,000 ${verdict(bytes.stat.bytes <= 13000)}`], w));
say(row(['one <ipr-chart>', bytes.chart.bytes, `≤ 62,000 ${verdict(bytes.chart.bytes <= 62000)}`], w));
say(row(['one chart, bare Chart.js (bars)', bytes.bare.bytes, ''], w));
say(`   one chart ÷ bare Chart.js: ${x(bytes.chart.bytes / bytes.bare.bytes)}`);
if (bytes.report) say(row(['<ipr-report>', bytes.report.bytes, ''], w));
else say('   <ipr-report>: not in this build');
say();

say(
  '5. Layout stability: sum of layout shifts while widgets upgrade and charts draw, scrolled top to bottom (worst of 3)',
);
w = [20, 9, 12];
say(row(['page', 'shift', 'goal'], w));
for (const [name, value] of cls) say(row([name, value.toFixed(3), `0.00 ${verdict(value < 0.005)}`], w));

say();
say(
  '6. Long pages of charts scrolled top to bottom (1340×800, a viewport at a time): live Chart instances, JS heap after GC',
);
w = [20, 12, 10, 10, 16];
say(row(['page', 'most live', 'at end', 'heap', 'goal'], w));
for (const n of SCROLL_COUNTS) {
  const r = scroll[n];
  const goal = n === 2000 ? `≤ 60 ${verdict(r.most <= 60)}` : '';
  say(row([`${n} charts`, r.most, r.end, mb(r.heap), goal], w));
}
const heapRatio = scroll[2000].heap / scroll[50].heap;
say(`   heap of 2,000 ÷ heap of 50: ${x(heapRatio)} (goal ≤ 2.00×) ${verdict(heapRatio <= 2)}`);

console.log(out.join('\n'));
