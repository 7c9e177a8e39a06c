// The Chart.js configuration (src/charts/config.ts) is a pure function that reads no style and
// touches no document: it is bundled here for Node, where there is none, and called on the
// bundled charts' models.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
const { outputFiles } = await build({
  stdin: {
    contents: [
      "export { chartConfig } from './src/charts/config.ts';",
      "export { bundledModel, CHARTS } from './src/charts/bundled.ts';",
      "export { default as en } from './src/i18n/en.ts';",
      "export { default as zh } from './src/i18n/zh.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  external: ['chart.js', 'lit'],
  logLevel: 'silent',
});
const { chartConfig, bundledModel, CHARTS, en, zh } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

const palette = {
  series: ['#1d5bbf', '#b4540a', '#6b3fa0', '#0f766e'],
  text: '#16191f',
  muted: '#545b68',
  grid: '#d9dde4',
  surface: '#ffffff',
  font: 'sans-serif',
};

describe('chartConfig in Node', () => {
  it('has no document to touch', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.getComputedStyle, 'undefined');
  });

  for (const [lang, t, locale] of [
    ['en', en, 'en'],
    ['zh', zh, 'zh-CN'],
  ]) {
    for (const id of Object.keys(CHARTS)) {
      it(`configures ${id} (${lang}) from its model and palette alone`, () => {
        const model = bundledModel(id, { t, locale, lang });
        const config = chartConfig(model, palette, { locale, animate: false });
        assert.equal(config.type, model.type);
        assert.equal(config.options.locale, locale);
        assert.equal(config.options.animation, false);
        assert.deepEqual(config.data.labels, [...model.labels]);
        assert.equal(config.data.datasets.length, model.series.length);
        config.data.datasets.forEach((d, i) => {
          assert.deepEqual(d.data, [...model.series[i].values]);
          assert.equal(d.borderColor, palette.series[i]);
        });
        const value = model.horizontal ? config.options.scales.x : config.options.scales.y;
        assert.equal(value.beginAtZero, true);
        assert.equal(value.grid.color, palette.grid);
        assert.equal(value.ticks.callback(100), model.tick(100));
        assert.ok(config.plugins.some((p) => p.id === 'iprValues'));
      });
    }
  }

  it('fills derived bars with the hatch it is given, reported ones with the plain colour', () => {
    const model = bundledModel('punitive-damages-trend', { t: en, locale: 'en', lang: 'en' });
    const hatch = (colour) => `hatch(${colour})`;
    const [set] = chartConfig(model, palette, { locale: 'en', animate: true, hatch }).data.datasets;
    assert.deepEqual(
      set.backgroundColor,
      model.series[0].derived.map((d) => (d ? 'hatch(#1d5bbf)' : '#1d5bbf')),
    );
    assert.ok(model.series[0].derived.includes(true), 'the trend has a derived value');
  });
});
