import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, findEngine } from './scripts/find-browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { cspWithOrigin } from './scripts/embed-pages.mjs';

/**
 * Tests import the package by name; here that name resolves to the built files in dist/, so the
 * browser runs the real bundle, while the type-checker reads src/ (tsconfig `paths`).
 */
const builtPackage = {
  name: 'built-package',
  resolveImport({ source }) {
    if (source === 'ip-report-widgets') return '/dist/ip-report-widgets.js';
    const sub = /^ip-report-widgets\/([\w-]+)$/.exec(source);
    if (sub) return `/dist/${sub[1]}.js`;
    return undefined;
  },
};

/**
 * React 18 and 19 are published as CommonJS only, which a browser cannot import. For the tests of
 * the React wrappers, esbuild bundles React and ReactDOM from node_modules into one ES module, and
 * `react`, `react-dom` and `react-dom/client` all resolve to it: dist/react.js and the test share one React.
 */
let reactBundle;
const react = {
  name: 'react-as-es-module',
  resolveImport({ source }) {
    if (source === 'react' || source === 'react-dom' || source === 'react-dom/client') return '/__react.js';
    return undefined;
  },
  async serve(context) {
    if (context.path !== '/__react.js') return undefined;
    reactBundle ??= build({
      stdin: {
        contents: [
          "import React from 'react';",
          "import { createRoot } from 'react-dom/client';",
          "import { flushSync } from 'react-dom';",
          'export default React;',
          'export { createRoot, flushSync };',
        ].join('\n'),
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);
    return { body: await reactBundle, type: 'js' };
  },
};

/** The policy a host with strict CSP and Trusted Types sends: the widgets must render under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The same with the README's advice for a host that uses Lit itself or loads two copies. */
export const DUPLICATES_CSP = STRICT_CSP.replace(
  /trusted-types lit-html$/,
  "trusted-types lit-html 'allow-duplicates'",
);

/** A page whose Trusted Types allow only a policy of its own: Lit's `lit-html` is refused. */
export const REFUSED_CSP = STRICT_CSP.replace(/trusted-types lit-html$/, 'trusted-types host-only');

const strictCsp = async (ctx, next) => {
  await next();
  if (ctx.path.startsWith('/test/fixtures/csp-dup-')) ctx.set('Content-Security-Policy', DUPLICATES_CSP);
  else if (ctx.path.startsWith('/test/fixtures/csp-refused-'))
    ctx.set('Content-Security-Policy', REFUSED_CSP);
  else if (ctx.path.startsWith('/test/fixtures/csp-')) ctx.set('Content-Security-Policy', STRICT_CSP);
};

/**
 * Lazy chunks are never kept in the HTTP cache, which every test file's page shares: a file that
 * blocks a chunk must see its request even when an earlier file loaded that chunk. Written here,
 * past koa, for the reason given in failChunks.
 */
const uncachedChunks = async (ctx, next) => {
  const [file] = /^\/dist\/chunks\/[\w-]+\.js$/.exec(ctx.path) ?? [];
  if (!file || !existsSync(`.${file}`)) return next();
  ctx.respond = false;
  ctx.res
    .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' })
    .end(readFileSync(`.${file}`));
};

/** `?delay=ms` on a /dist/ file holds it back (up to 3 s): a slow network, for the render-blocking test. */
const slowDist = async (ctx, next) => {
  // The cookie `ipr-slow=<chunk name>` holds that chunk back 800 ms, for the download-order test.
  const slow = ctx.cookies.get('ipr-slow');
  const held = slow && /^[\w-]+$/.test(slow) && ctx.path.startsWith(`/dist/chunks/${slow}-`) ? 800 : 0;
  const delay = Math.max(held, Math.min(Number(ctx.query.delay) || 0, 3000));
  if (delay && ctx.path.startsWith('/dist/')) await new Promise((resolve) => setTimeout(resolve, delay));
  await next();
};

/**
 * Real downloads: each browser context (one per page, reused by later files) saves into a directory of its own, and
 * the `ipr-downloads` command lists what arrived there (`{files: [{name, size}]}`). Chromium (CDP)
 * and Firefox (WebDriver BiDi) can be told where to save; WebKitWebDriver cannot: `{files: null}`.
 */
const downloadRoot = mkdtempSync(join(tmpdir(), 'ipr-downloads-'));
process.on('exit', () => rmSync(downloadRoot, { recursive: true, force: true }));
const downloadDirs = new WeakMap();
async function contextWithDownloads(browser) {
  const dir = mkdtempSync(join(downloadRoot, 'context-'));
  const context = await browser.createBrowserContext({
    downloadBehavior: { policy: 'allow', downloadPath: dir },
  });
  downloadDirs.set(context, dir);
  return context;
}
const downloads = {
  name: 'ipr-downloads',
  executeCommand({ command, session }) {
    if (command !== 'ipr-downloads') return undefined;
    const dir =
      session.browser.type === 'puppeteer'
        ? downloadDirs.get(session.browser.getPage(session.id).browserContext())
        : undefined;
    if (!dir) return { files: null };
    const files = readdirSync(dir)
      .filter((name) => !/\.(crdownload|part)$/.test(name))
      .map((name) => ({ name, size: statSync(join(dir, name)).size }));
    return { files };
  },
};

/**
 * WebKit through WebKitWebDriver (started by scripts/wtr.mjs on IPR_WEBKIT_PORT, under Xvfb). One
 * file at a time in the top-level window: with concurrency above 1 the WebDriver launcher runs
 * files in iframes of one page, where focus, viewport and visibility differ from a real page.
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;
  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }
}

const named = (name, options) => Object.assign(chromeLauncher(options), { name });

const launchers = {
  chromium: () =>
    named('Chromium', {
      launchOptions: { executablePath: findEngine('chromium').browser, headless: true, args: chromeArgs },
      // Each page (one per file running at once, reused for the files after it) in a browser context
      // (a window) of its own: with concurrency, a file in a
      // background tab gets no frames, so no requestAnimationFrame, IntersectionObserver or
      // ResizeObserver callbacks (https://github.com/modernweb-dev/web/issues/2588).
      createPage: async ({ browser }) => (await contextWithDownloads(browser)).newPage(),
    }),
  // Firefox over WebDriver BiDi, through the same puppeteer-core launcher.
  firefox: () =>
    named('Firefox', {
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: findEngine('firefox').browser,
        headless: true,
        // A download opens Firefox's downloads panel, which takes the focus from the page (and
        // keyboard tests after it saw no :focus-visible).
        extraPrefsFirefox: { 'browser.download.alwaysOpenPanel': false },
      },
      // One file at a time: only one Firefox window has the system focus, and in the others
      // document.hasFocus() is false and no element matches :focus or :focus-visible.
      concurrency: 1,
      createPage: async ({ browser }) => (await contextWithDownloads(browser)).newPage(),
    }),
  webkit: () =>
    new WebKitLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.IPR_WEBKIT_PORT),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: a BiDi request (webSocketUrl) fails to match.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: findEngine('webkit', { install: false }).browser,
          args: ['--automation'],
        },
      },
    }),
};

/**
 * Makes lazy chunks fail, for the tests of what a widget does then: a page sets the cookie
 * `ipr-fail=<chunk name>.<times>.<token>` (several joined by `~`) and the next `times` requests of
 * `/dist/chunks/<name>-*.js` get a 503. `/__fail-count?token=` tells how many requests of it came.
 * Cookies are per browser context: files running side by side are not affected, and a file clears
 * its cookie when done, since the next file on that page keeps the context.
 */
const failing = new Map();
const failChunks = async (ctx, next) => {
  if (ctx.path === '/__fail-count') {
    ctx.body = String(failing.get(ctx.query.token) ?? 0);
    return;
  }
  for (const rule of (ctx.cookies.get('ipr-fail') ?? '').split('~')) {
    const [, name, times, token] = /^([\w-]+)\.(\d+)\.(\w+)$/.exec(rule) ?? [];
    if (!name || !ctx.path.startsWith(`/dist/chunks/${name}-`)) continue;
    const seen = (failing.get(token) ?? 0) + 1;
    failing.set(token, seen);
    if (seen <= Number(times)) {
      // Written here, past koa: web-test-runner's cacheMiddleware would give the 503 a year's
      // max-age, and a later file on the same page would get it from the cache.
      ctx.respond = false;
      ctx.res.writeHead(503, { 'Cache-Control': 'no-store' }).end();
      return;
    }
  }
  await next();
};

/**
 * `/__counted/<token>/…` serves `/dist/…` and counts the requests for the files under its `img/`,
 * for the tests that a live page never downloads a snippet's fallback image;
 * `/__counted-images?token=` tells how many came.
 */
const imageRequests = new Map();
const countedDist = async (ctx, next) => {
  if (ctx.path === '/__counted-images') {
    ctx.body = String(imageRequests.get(ctx.query.token) ?? 0);
    return;
  }
  const [, token, rest] = /^\/__counted\/(\w+)\/(.*)$/.exec(ctx.path) ?? [];
  if (token) {
    if (rest.startsWith('img/')) imageRequests.set(token, (imageRequests.get(token) ?? 0) + 1);
    ctx.url = `/dist/${rest}`;
  }
  await next();
};

/**
 * `/dist/__embed-public.html` is `dist/embed.html` as the build writes it with IPR_PUBLIC_BASE set
 * to this server's dist/ (its CSP names the origin: see cspWithOrigin), for the tests of frames
 * sandboxed without allow-same-origin in WebKit.
 */
const publicEmbed = async (ctx, next) => {
  if (ctx.path !== '/dist/__embed-public.html') return next();
  const html = readFileSync(join(process.cwd(), 'dist/embed.html'), 'utf8');
  ctx.type = 'text/html';
  ctx.body = cspWithOrigin(html, ctx.origin);
};

export default {
  files: ['test/**/*.test.{ts,tsx}'],
  nodeResolve: true,
  concurrency: 2,
  // All three engines at once (WTR's default is two); Firefox and WebKit take one file at a time.
  concurrentBrowsers: 3,
  testsFinishTimeout: 300_000,
  middleware: [strictCsp, slowDist, failChunks, countedDist, publicEmbed, uncachedChunks],
  plugins: [
    builtPackage,
    downloads,
    react,
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: (process.env.IPR_BROWSERS || 'chromium').split(',').map((engine) => launchers[engine]()),
  // Three engines share the machine's cores: a test may take several times its unloaded time.
  // Speed is measured by npm run bench, not by these timeouts.
  testFramework: { config: { timeout: 30_000 } },
  reporters: [defaultReporter(), countReporter()],
};
