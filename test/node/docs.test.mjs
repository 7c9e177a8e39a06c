// The README says only what the repository has: every `npm run` script it names exists, every
// file and folder it points at exists, and the custom-property defaults it shows (generated from
// the JSDoc) are those the styles use. Runs after the build, so dist/ paths are checked too.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementsOf } from '../../scripts/api-docs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const readme = read('README.md');
const pkg = JSON.parse(read('package.json'));

describe('README', () => {
  it('names only npm scripts that package.json has', () => {
    const named = [...readme.matchAll(/npm run (?:-s )?([\w:.-]+)/g)].map((m) => m[1]);
    assert.ok(named.length > 5, 'the README names its scripts');
    const missing = [...new Set(named)].filter((name) => !(name in pkg.scripts));
    assert.deepEqual(missing, []);
  });

  it('points only at files and folders that exist', () => {
    const dirs = ['src', 'scripts', 'test', 'demo', 'dist', 'wordpress', '.ci'];
    const pattern = new RegExp(
      `(?<![\\w/.-])(?:\\./)?((?:${dirs.join('|').replace('.', '\\.')})/[\\w./<>*…-]*)`,
      'g',
    );
    const paths = [...new Set([...readme.matchAll(pattern)].map((m) => m[1].replace(/[.,:;]+$/, '')))];
    const checked = paths.filter((p) => !/[<>*…]/.test(p));
    assert.ok(checked.length > 5, `the README names files: ${checked.join(' ')}`);
    const missing = checked.filter((p) => !existsSync(`${root}${p}`));
    assert.deepEqual(missing, []);
    for (const file of readme.matchAll(/`([\w.-]+\.(?:mjs|cjs|json|md))`/g)) {
      if (existsSync(`${root}${file[1]}`) || file[1].startsWith('html-custom-data')) continue;
      assert.fail(`README names ${file[1]}, which is not in the repository root`);
    }
  });
});

describe('the repository', () => {
  it('points at nothing outside itself (the brief of the project is not part of it)', () => {
    const outside = ['shared', '/'].join('');
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const hits = files.filter(
      (f) => existsSync(`${root}${f}`) && !/\.(png|ico|woff2?)$/.test(f) && read(f).includes(outside),
    );
    assert.deepEqual(hits, []);
  });
});

describe('custom properties', () => {
  /** `var(--ipr-x, default)` of every public token in the styles, by name. */
  function defaultsInStyles() {
    const files = [
      'src/theme/tokens.ts',
      'src/components/stat-card/stat-card.styles.ts',
      'src/components/chart/chart.styles.ts',
      'src/components/report/report.styles.ts',
    ];
    const found = new Map();
    for (const f of files.filter((f) => existsSync(`${root}${f}`))) {
      const text = read(f);
      for (const m of text.matchAll(/var\((--ipr-[\w-]+),\s*/g)) {
        let depth = 1;
        let i = m.index + m[0].length;
        const start = i;
        for (; i < text.length && depth > 0; i++) {
          if (text[i] === '(') depth++;
          if (text[i] === ')') depth--;
        }
        // A private `--_x` in a default stands for the public `--ipr-x` it was read from.
        const value = text
          .slice(start, i - 1)
          .replace(/\s+/g, ' ')
          .trim();
        // The first default is the documented one; later ones sit in media or container queries.
        if (!found.has(m[1])) found.set(m[1], value.replace(/var\(--_([\w-]+)\)/g, 'var(--ipr-$1)'));
      }
    }
    return found;
  }

  it('documents each default as the styles write it', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const styles = defaultsInStyles();
    assert.ok(styles.has('--ipr-font'));
    let compared = 0;
    for (const [tag, element] of elementsOf(manifest)) {
      for (const prop of element.cssProperties ?? []) {
        if (!styles.has(prop.name) || prop.default === undefined) continue;
        assert.equal(prop.default, styles.get(prop.name), `${tag} ${prop.name}`);
        compared++;
      }
    }
    assert.ok(compared > 20, `compared ${compared}`);
  });

  it('gives Chinese text a CJK font by default', () => {
    assert.match(defaultsInStyles().get('--ipr-font'), /Noto Sans CJK SC/);
  });
});
