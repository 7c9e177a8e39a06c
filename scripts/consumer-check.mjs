// A consumer's view of the published package: packs it, installs the tarball in a fresh project in
// a temporary folder (with React 19 beside it), then
//   1. imports the package's subpaths in Node and the data subpath for real,
//   2. type-checks a correct usage (must pass) and one with a wrong `metric` id (must fail on it),
//      with moduleResolution bundler and nodenext,
//   3. bundles a React page with esbuild and renders the wrappers in headless Chromium.
// Needs a build (`npm run build`). Prints one line per step; exits non-zero on the first failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const dir = mkdtempSync(join(tmpdir(), 'ipr-consumer-'));
const started = Date.now();
const step = (text) =>
  console.log(`consumer-check: ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const fail = (text) => {
  console.error(`consumer-check: FAILED: ${text}\n  (left in ${dir})`);
  process.exit(1);
};
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: dir, encoding: 'utf8', ...options });

// The React versions the package's own tests use, so the install can come from the npm cache;
// IPR_REACT=18 (a major version or an exact one) checks another.
const dev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const other = process.env.IPR_REACT;
const react = {
  react: other ?? dev.react,
  'react-dom': other ?? dev['react-dom'],
  '@types/react': other ? String(parseInt(other, 10)) : dev['@types/react'],
  '@types/react-dom': other ? String(parseInt(other, 10)) : dev['@types/react-dom'],
};

// 0. Pack and install.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const tarball = join(dir, packed.filename);
writeFileSync(
  join(dir, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
);
const install = run('npm', [
  'install',
  '--no-audit',
  '--no-fund',
  '--prefer-offline',
  '--ignore-scripts',
  tarball,
  ...Object.entries(react).map(([name, version]) => `${name}@${version}`),
]);
if (install.status !== 0) fail(`npm install ${packed.filename}\n${install.stderr}`);
const installed = JSON.parse(readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8')).version;
step(`installed ${packed.filename} (${packed.files.length} files) and React ${installed} in ${dir}`);

// 1. Node: every subpath resolves through the exports map; the data subpath runs.
writeFileSync(
  join(dir, 'node-check.mjs'),
  `const subpaths = ['ip-report-widgets', 'ip-report-widgets/stat-card', 'ip-report-widgets/chart',
  'ip-report-widgets/report', 'ip-report-widgets/data', 'ip-report-widgets/react', 'ip-report-widgets/custom-elements.json'];
for (const s of subpaths) import.meta.resolve(s);
const data = await import('ip-report-widgets/data');
const figure = data.figureOf('punitive-damages-cases');
const manifest = (await import('ip-report-widgets/custom-elements.json', { with: { type: 'json' } })).default;
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
console.log(JSON.stringify({ value: figure.value, text: data.formatNumber(figure.value, 'en'), tags: tags.sort() }));
`,
);
const node = run(process.execPath, ['node-check.mjs']);
if (node.status !== 0) fail(`node import\n${node.stderr}`);
const seen = JSON.parse(node.stdout);
if (seen.value !== 460 || seen.tags.join() !== 'ipr-chart,ipr-report,ipr-stat-card')
  fail(`node import: ${node.stdout}`);
step(`node: 7 subpaths resolve; ip-report-widgets/data figureOf → ${seen.text}; manifest tags ${seen.tags}`);

// 2. TypeScript: a correct usage compiles; a wrong metric id is an error, in TS and in JSX.
const good = `import { IprStatCard } from 'ip-report-widgets';
import 'ip-report-widgets/chart';
import { figureOf, METRIC_IDS, type MetricId } from 'ip-report-widgets/data';
import { IprStatCard as StatCard } from 'ip-report-widgets/react';
const card: IprStatCard = document.createElement('ipr-stat-card');
card.metric = 'punitive-damages-cases';
document.querySelector('ipr-chart')!.chart = 'growth-comparison';
card.addEventListener('ipr-error', (e) => console.log(e.detail.code));
const id: MetricId = METRIC_IDS[0]!;
export const value: number | undefined = figureOf(id)?.value;
export const element = <StatCard metric="ip-cases-concluded" onIprError={(e) => e.detail.message} />;
`;
const bad = `import 'ip-report-widgets';
import { IprStatCard as StatCard } from 'ip-report-widgets/react';
document.createElement('ipr-stat-card').metric = 'punitive-damage-cases';
export const element = <StatCard metric="ip-case-concluded" />;
`;
writeFileSync(join(dir, 'good.tsx'), good);
writeFileSync(join(dir, 'bad.tsx'), bad);
for (const resolution of ['bundler', 'nodenext']) {
  const compilerOptions = {
    target: 'ES2022',
    module: resolution === 'bundler' ? 'ESNext' : 'NodeNext',
    moduleResolution: resolution,
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    // As most projects have it; the package's own declarations are checked in full by check:types.
    skipLibCheck: true,
  };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, files: ['good.tsx', 'bad.tsx'] }),
  );
  const result = run(process.execPath, [tsc, '-p', 'tsconfig.json']);
  const errors = result.stdout.trim().split('\n').filter(Boolean);
  const expected = errors.filter((e) => /^bad\.tsx.*(punitive-damage-cases|ip-case-concluded)/.test(e));
  if (result.status === 0 || expected.length !== 2 || errors.length !== 2) {
    fail(`tsc (${resolution}) should fail on the two wrong metric ids in bad.tsx only:\n${result.stdout}`);
  }
  step(`tsc (moduleResolution ${resolution}): good.tsx passes; bad.tsx fails with:`);
  for (const e of errors) console.log(`    ${e}`);
}

// 3. Browser: a React page bundled from the installed package, rendered in headless Chromium.
writeFileSync(
  join(dir, 'page.jsx'),
  `import React from 'react';
import { createRoot } from 'react-dom/client';
import { IprChart, IprStatCard } from 'ip-report-widgets/react';
const result = { ready: false, errors: [] };
window.result = result;
createRoot(document.getElementById('root')).render(
  <>
    <IprStatCard metric="punitive-damages-cases" />
    <IprStatCard metric={'no-such-metric'} onIprError={(e) => result.errors.push(e.detail.code)} />
    <IprChart chart="punitive-damages-trend" onIprReady={() => (result.ready = true)} />
  </>,
);
`,
);
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><meta charset="utf-8"><div id="root"></div><script type="module" src="out/page.js"></script>',
);
mkdirSync(join(dir, 'out'));
await build({
  entryPoints: [join(dir, 'page.jsx')],
  absWorkingDir: dir,
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: join(dir, 'out'),
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const file = resolve(dir, `.${new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html')}`);
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
let rendered;
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.result?.ready && window.result.errors.length > 0, {
    timeout: 15_000,
  });
  rendered = await page.evaluate(() => {
    const [card, broken] = document.querySelectorAll('ipr-stat-card');
    const chart = document.querySelector('ipr-chart');
    const text = (el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
    return {
      card: text(card),
      broken: broken.shadowRoot.querySelector('[part~="error"]') !== null,
      canvas: chart.shadowRoot.querySelector('canvas')?.width ?? 0,
      errors: window.result.errors,
    };
  });
  if (pageErrors.length) fail(`page errors: ${pageErrors.join('; ')}`);
} catch (error) {
  fail(`browser: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}
if (
  !rendered.card.includes('460') ||
  !rendered.broken ||
  !rendered.canvas ||
  rendered.errors[0] !== 'unknown-metric'
) {
  fail(`browser rendered ${JSON.stringify(rendered)}`);
}
step(
  `browser: <IprStatCard> shows "${rendered.card.slice(0, 60)}…"; a wrong id shows the error state ` +
    `(onIprError: ${rendered.errors}); <IprChart> drew a ${rendered.canvas}px canvas and called onIprReady`,
);
rmSync(dir, { recursive: true, force: true });
console.log(`consumer-check: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
