// What `npm pack` would publish, and whether package.json points only at files that are in it.
// Runs after `npm run build` (part of `npm test`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = pack.files.map((f) => f.path).sort();
const packed = new Set(files);

/** Every file a package.json field or the exports map names, as a packed path. */
function named() {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else for (const v of Object.values(value)) walk(v);
  };
  walk(pkg.exports);
  return targets.map((t) => t.replace(/^\.\//, ''));
}

describe('the packed tarball', () => {
  it('holds only dist/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const top = new Set(['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']);
    const stray = files.filter((f) => !top.has(f) && !f.startsWith('dist/'));
    assert.deepEqual(stray, []);
    for (const f of top) assert.ok(packed.has(f), `${f} is not packed`);
  });

  it('has no sources, tests or source maps', () => {
    const bad = files.filter(
      (f) =>
        f.endsWith('.map') ||
        (f.endsWith('.ts') && !f.endsWith('.d.ts')) ||
        f.endsWith('.tsx') ||
        /(^|\/)(src|test|demo|scripts)\//.test(f) ||
        /\.test\./.test(f),
    );
    assert.deepEqual(bad, []);
  });

  it('has every file that package.json and its exports map name', () => {
    const missing = named().filter((f) => !packed.has(f));
    assert.deepEqual(missing, []);
  });

  it('exports the package, each element, data, react and the manifest, each JS subpath with types', () => {
    assert.deepEqual(
      Object.keys(pkg.exports).sort(),
      [
        '.',
        './chart',
        './custom-elements.json',
        './data',
        './package.json',
        './react',
        './stat-card',
        ...(packed.has('dist/types/entries/report.d.ts') ? ['./report'] : []),
      ].sort(),
    );
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath.endsWith('.json')) continue;
      assert.equal(Object.keys(target)[0], 'types', `${subpath}: "types" must come first`);
      assert.match(target.types, /\.d\.ts$/);
      assert.match(target.default, /^\.\/dist\/[\w-]+\.js$/);
    }
  });

  it('keeps React out of the bundle and out of the dependencies', () => {
    const wrappers = readFileSync(new URL('dist/react.js', root), 'utf8');
    assert.match(wrappers, /from\s*"react"/);
    assert.doesNotMatch(wrappers, /react\.development|__SECRET_INTERNALS|ReactCurrentOwner/);
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['chart.js', 'lit']);
    assert.equal(pkg.peerDependenciesMeta.react.optional, true);
  });
});
