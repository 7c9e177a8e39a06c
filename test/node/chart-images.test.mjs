// The static chart images `npm run build` draws into dist/img/ (scripts/chart-images.mjs), read
// back as pixels: every file of every chart, language, theme and scale, at its size; the plot
// drawn, the derived bar hatched where the model has a derived value (and no hatch where it has
// none), the background the theme's surface, Chinese images not the English ones; and, where the
// system's fonts can be hidden (root with mount namespaces), the same bytes drawn without them.
// Runs after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createCanvas, Image } from '@napi-rs/canvas';
import { drawImage, IMG, model, palette, sources } from '../../scripts/chart-images.mjs';

const lib = await sources();
const LANGS = ['en', 'zh'];

/** Every image the build should have written, with what it shows. */
const images = [];
for (const id of lib.CHART_IDS) {
  for (const lang of LANGS) {
    for (const theme of lib.CHART_IMAGE_THEMES) {
      for (const scale of lib.CHART_IMAGE_SCALES) {
        images.push({ id, lang, theme, scale, name: lib.chartImageName(id, lang, theme, scale) });
      }
    }
  }
}

/** Width and height from the PNG's IHDR chunk, read without a decoder. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'not a PNG');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The decoded RGBA pixels of a PNG. */
function pixels(bytes) {
  const image = new Image();
  image.src = bytes;
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    data: ctx.getImageData(0, 0, image.width, image.height).data,
  };
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (data, i, [r, g, b], tolerance = 24) =>
  Math.abs(data[i] - r) <= tolerance &&
  Math.abs(data[i + 1] - g) <= tolerance &&
  Math.abs(data[i + 2] - b) <= tolerance;
/** Relative luminance (WCAG) of an sRGB colour. */
const luminance = ([r, g, b]) => {
  const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/**
 * Where the image shows diagonal stripes of `colour`: on some row, at least five runs of the colour
 * one after the other, each starting 8 CSS px (the hatch tile) after the last. The centre of the
 * first such place, or undefined. A solid bar is one run per row; text is never in the bar colour.
 */
function stripes({ width, height, data }, colour, scale) {
  const period = 8 * scale;
  for (let y = 0; y < height; y++) {
    const starts = [];
    let inside = false;
    for (let x = 0; x < width; x++) {
      const hit = near(data, (y * width + x) * 4, colour);
      if (hit && !inside) starts.push(x);
      inside = hit;
    }
    let chain = 1;
    for (let k = 1; k < starts.length; k++) {
      chain = Math.abs(starts[k] - starts[k - 1] - period) <= 1 ? chain + 1 : 1;
      if (chain >= 5) return { x: (starts[k] + starts[k - 4]) / 2, y };
    }
  }
  return undefined;
}

/** The box around every pixel of `colour` (all the bars, solid and hatched). */
function extent({ width, height, data }, colour) {
  let [x0, y0, x1, y1, count] = [width, height, -1, -1, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!near(data, (y * width + x) * 4, colour, 4)) continue;
      count++;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return { x0, y0, x1, y1, count };
}

const decoded = new Map();
const read = (image) => {
  if (!decoded.has(image.name)) decoded.set(image.name, pixels(readFileSync(join(IMG, image.name))));
  return decoded.get(image.name);
};

describe('the static chart images in dist/img/', () => {
  it('are every chart in en and zh, light and dark, 1x and 2x, at the fixed size times the scale', () => {
    for (const image of images) {
      const file = join(IMG, image.name);
      assert.ok(existsSync(file), `${image.name} is missing`);
      const size = pngSize(readFileSync(file));
      assert.deepEqual(
        size,
        { width: lib.CHART_IMAGE.width * image.scale, height: lib.CHART_IMAGE.height * image.scale },
        image.name,
      );
      const { width, height } = read(image);
      assert.deepEqual({ width, height }, size, `${image.name} decodes to another size`);
    }
  });

  it('are on the theme’s surface colour, dark images on a dark one', async () => {
    for (const image of images) {
      const p = await palette(image.theme, 1);
      const { width, height, data } = read(image);
      for (const [x, y] of [
        [1, 1],
        [width - 2, 1],
        [1, height - 2],
        [width - 2, height - 2],
      ]) {
        assert.ok(
          near(data, (y * width + x) * 4, rgb(p.surface), 0),
          `${image.name}: (${x}, ${y}) is not ${p.surface}`,
        );
      }
      const corner = [data[4], data[5], data[6]];
      if (image.theme === 'dark') assert.ok(luminance(corner) < 0.05, `${image.name}: background not dark`);
      else assert.ok(luminance(corner) > 0.9, `${image.name}: background not light`);
    }
  });

  it('draw the bars: the series colour on a good part of the plot', async () => {
    for (const image of images) {
      const m = await model(image.id, image.lang);
      const p = await palette(image.theme, m.series.length);
      const px = read(image);
      const box = extent(px, rgb(p.series[0]));
      // At least as many bar pixels as a bar 10 px wide across a quarter of the image.
      const least = 10 * image.scale * (px.height / 4);
      assert.ok(
        box.count > least,
        `${image.name}: ${box.count} pixels of ${p.series[0]}, fewer than ${least}`,
      );
      assert.ok(box.y0 > px.height * 0.1 && box.y1 < px.height * 0.9, `${image.name}: bars outside the plot`);
    }
  });

  it('hatch the derived bar in the series colour, and only a derived one', async () => {
    for (const image of images) {
      const m = await model(image.id, image.lang);
      const p = await palette(image.theme, m.series.length);
      const colour = rgb(p.series[0]);
      const px = read(image);
      const found = stripes(px, colour, image.scale);
      const derived = m.series[0].derived;
      const at = derived.indexOf(true);
      if (at < 0) {
        assert.equal(found, undefined, `${image.name}: stripes, though no value is derived`);
        continue;
      }
      assert.ok(found, `${image.name}: no hatched bar, though value ${at} is derived`);
      // On the derived bar's own slot along the category axis (bars evenly spaced).
      const box = extent(px, colour);
      const [from, to, along] = m.horizontal ? [box.y0, box.y1, found.y] : [box.x0, box.x1, found.x];
      const slot = Math.floor(((along - from) / (to - from + 1)) * derived.length);
      assert.equal(slot, at, `${image.name}: the stripes are on bar ${slot}, not on the derived bar ${at}`);
    }
  });

  it('name every category: each label of the model is drawn in full', async () => {
    const squeeze = (text) => text.replace(/\s+/g, '');
    for (const image of images.filter((i) => i.theme === 'light')) {
      const m = await model(image.id, image.lang);
      const { drawn } = await drawImage(image.id, image.lang, image.theme, image.scale);
      // A wrapped label is drawn line by line, one text after the other.
      const all = squeeze([...drawn].join(''));
      for (const label of m.labels) {
        assert.ok(all.includes(squeeze(label)), `${image.name}: the label “${label}” is not drawn`);
      }
    }
  });

  it('in Chinese are not the English images', () => {
    for (const image of images.filter((i) => i.lang === 'zh')) {
      const zh = read(image);
      const en = read(
        images.find(
          (i) => i.lang === 'en' && i.id === image.id && i.theme === image.theme && i.scale === image.scale,
        ),
      );
      let differ = 0;
      for (let i = 0; i < zh.data.length; i += 4) {
        if (
          zh.data[i] !== en.data[i] ||
          zh.data[i + 1] !== en.data[i + 1] ||
          zh.data[i + 2] !== en.data[i + 2]
        )
          differ++;
      }
      assert.ok(
        differ > (zh.width * zh.height) / 50,
        `${image.name}: only ${differ} pixels differ from English`,
      );
    }
  });

  it('are drawn the same with the system’s fonts hidden', (t) => {
    const fonts = '/usr/share/fonts';
    const probe = spawnSync('unshare', ['-m', 'true']);
    if (process.getuid?.() !== 0 || probe.status !== 0 || !existsSync(fonts)) {
      t.skip('needs root and mount namespaces (unshare -m) to hide the system fonts');
      return;
    }
    const empty = mkdtempSync(join(tmpdir(), 'ipr-no-fonts-'));
    const out = mkdtempSync(join(tmpdir(), 'ipr-img-'));
    try {
      const script = new URL('../../scripts/chart-images.mjs', import.meta.url).pathname;
      const run = spawnSync(
        'unshare',
        [
          '-m',
          'sh',
          '-c',
          `mount --bind "$1" ${fonts} && node -e "$2"`,
          'sh',
          empty,
          `import(${JSON.stringify(script)}).then((m) => m.writeImages(${JSON.stringify(out)}))`,
        ],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      for (const image of images) {
        assert.ok(
          readFileSync(join(out, image.name)).equals(readFileSync(join(IMG, image.name))),
          `${image.name} differs when drawn without the system's fonts`,
        );
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the email markup’s images', () => {
  it('are files the build wrote, for every bundled widget in en and zh', async () => {
    const data = await import('../../dist/data.js');
    const base = 'https://cdn.example/ipr/dist/';
    const sections = data.REPORT_SECTIONS;
    const specs = [
      ...data.METRIC_IDS.flatMap((metric) =>
        [undefined, ...data.periodsOf(metric)].map((period) => ({
          el: 'stat-card',
          metric,
          ...(period ? { period } : {}),
        })),
      ),
      ...data.CHART_IDS.map((chart) => ({ el: 'chart', chart })),
      // Every non-empty choice of the report's sections.
      ...Array.from({ length: 2 ** sections.length - 1 }, (_, mask) => ({
        el: 'report',
        sections: sections.filter((_, i) => (mask + 1) & (1 << i)).join(' '),
      })),
    ];
    const used = new Set();
    for (const spec of specs) {
      for (const lang of LANGS) {
        const markup = data.fallbackHtml(spec, { base, lang });
        for (const [, src] of markup.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/g)) {
          assert.ok(
            src.startsWith(`${base}img/`),
            `${JSON.stringify(spec)} ${lang}: image ${src} not under img/`,
          );
          const name = src.slice(`${base}img/`.length);
          assert.ok(
            existsSync(join(IMG, name)),
            `${JSON.stringify(spec)} ${lang}: ${name} is not in dist/img/`,
          );
          used.add(name);
        }
      }
    }
    // Each chart's image in each language is one of them (the markup shows the light 1x one).
    for (const id of data.CHART_IDS) {
      for (const lang of LANGS)
        assert.ok(used.has(data.chartImageName(id, lang)), `${id} ${lang} never used`);
    }
  });
});
