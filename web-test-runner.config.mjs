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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  plugins: [builtPackage, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countReporter()],
};
