// The WordPress plugin zip that `npm run build` writes: installable through Plugins → Upload (one
// top folder, the main file's header), complete (the build data, the module and every chunk), kept
// out of the npm tarball, and its PHP holds no figure of its own. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';

const root = new URL('../../', import.meta.url);
const zipPath = new URL('dist/ip-report-widgets-wordpress.zip', root);
const entries = unzipSync(readFileSync(zipPath));
const names = Object.keys(entries).sort();
const text = (name) => strFromU8(entries[name]);
const lib = await import(new URL('dist/data.js', root));

describe('the WordPress plugin zip', () => {
  it('has one top folder with the main plugin file and its header', () => {
    assert.deepEqual([...new Set(names.map((n) => n.split('/')[0]))], ['ip-report-widgets']);
    const main = text('ip-report-widgets/ip-report-widgets.php');
    assert.match(main, /^\s*\* Plugin Name:\s+IP Report Widgets$/m);
    const version = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;
    assert.match(main, new RegExp(`^\\s*\\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('holds the build data, the ES module and every chunk it loads', () => {
    const data = text('ip-report-widgets/includes/build-data.php');
    for (const id of [...lib.METRIC_IDS, ...lib.CHART_IDS]) assert.ok(data.includes(`'${id}'`), id);
    const chunks = readdirSync(new URL('dist/chunks/', root)).map(
      (f) => `ip-report-widgets/dist/chunks/${f}`,
    );
    for (const f of ['ip-report-widgets/dist/ip-report-widgets.js', ...chunks])
      assert.ok(names.includes(f), f);
  });

  it('prints the library’s own fallback text, from the build data', () => {
    const data = text('ip-report-widgets/includes/build-data.php');
    const card = lib.fallbackText({ el: 'stat-card', metric: 'punitive-damages-cases' }, 'en');
    assert.ok(data.includes(`'punitive-damages-cases||standard' => '${card.replace(/'/g, "\\'")}'`));
  });

  it('holds the chart images its feed markup shows, and no others', () => {
    const data = text('ip-report-widgets/includes/build-data.php');
    const shown = new Set([...data.matchAll(/\{\{ipr-base\}\}img\/([\w.@-]+\.png)/g)].map(([, n]) => n));
    for (const lang of ['en', 'zh']) {
      for (const chart of lib.CHART_IDS) {
        const markup = lib.fallbackHtml({ el: 'chart', chart }, { base: 'https://x.example/', lang });
        const [, name] = /x\.example\/img\/([\w.@-]+\.png)/.exec(markup);
        assert.ok(shown.has(name), `${name} not in the feed markup`);
      }
    }
    const images = names.filter((n) => n.startsWith('ip-report-widgets/dist/img/'));
    assert.deepEqual(images.map((n) => n.split('/').pop()).sort(), [...shown].sort());
  });

  it('is not in the npm tarball', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    assert.ok(!pack.files.some((f) => f.path.endsWith('.zip')));
  });

  it('has no figure typed into its PHP', () => {
    const php = names.filter((n) => n.endsWith('.php') && !n.endsWith('build-data.php'));
    for (const name of php) {
      for (const figure of ['460', '494,000', '21,000', '44.2', '16.7']) {
        assert.ok(!text(name).includes(figure), `${name} holds ${figure}`);
      }
    }
  });

  const hasPhp = spawnSync('php', ['-v']).status === 0;
  it('is valid PHP', { skip: hasPhp ? false : 'skipped: no php (apt-get install php-cli)' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipr-php-'));
    try {
      for (const name of names.filter((n) => n.endsWith('.php'))) {
        const file = join(dir, 'check.php');
        writeFileSync(file, entries[name]);
        const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
        assert.equal(lint.status, 0, `${name}: ${lint.stdout}${lint.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
