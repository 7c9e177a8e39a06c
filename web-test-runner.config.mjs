import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

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

const strictCsp = async (ctx, next) => {
  await next();
  if (ctx.path.startsWith('/test/fixtures/csp-')) ctx.set('Content-Security-Policy', STRICT_CSP);
};

export default {
  files: ['test/**/*.test.{ts,tsx}'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  middleware: [strictCsp],
  plugins: [
    builtPackage,
    react,
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
      // Each test file in a browser context (a window) of its own: with concurrency, a file in a
      // background tab gets no frames, so no requestAnimationFrame, IntersectionObserver or
      // ResizeObserver callbacks (https://github.com/modernweb-dev/web/issues/2588).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countReporter()],
};
