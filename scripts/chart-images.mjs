// Draws the static images of the bundled charts into dist/img/ (run by `npm run build`): every
// chart of src/charts/ids.ts in en and zh, light and dark, at 1x and 2x, named and sized by
// src/charts/image.ts. Each image is drawn from the live chart's own parts: the chart's model
// (bundled.ts), its Chart.js configuration (config.ts, with the hatch of derived bars), the values
// plugin, the palette resolved from the token sheets the elements use (theme/tokens.ts and the
// chart's styles) for a fixed light or dark scheme, and the title/source composition of the PNG
// download (png.ts). Chart.js draws on @napi-rs/canvas; the text is set in Noto Sans and Noto Sans
// SC from @fontsource packages, registered here, so every machine draws the same pixels.
// Imported by test/node/chart-images.test.mjs for the models and palettes the images are checked against.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const IMG = join(root, 'dist/img');

/**
 * The family list every image's text is set in: Latin from Noto Sans, the rest (Chinese, ≈) from
 * Noto Sans SC. Both come as files per Unicode range (unicode.json in each package); a file is
 * registered when a text to be drawn needs a character of its range, all of the WEIGHTS at once
 * (a family of all of Noto Sans SC's hundred files measures text ten times slower).
 */
const FONT = "'IPR Noto Sans', 'IPR Noto Sans SC'";
/** The weights the chart draws in: ticks and notes 400, values 600, the title 650 (drawn in 700). */
const WEIGHTS = [400, 600, 700];

/** Every range file of the two packages, Noto Sans's first: family, file stem, code point ranges. */
function fontFiles() {
  const files = [];
  for (const [family, pkg, stem] of [
    ['IPR Noto Sans', '@fontsource/noto-sans', 'noto-sans'],
    ['IPR Noto Sans SC', '@fontsource/noto-sans-sc', 'noto-sans-sc'],
  ]) {
    const dir = join(root, 'node_modules', pkg);
    const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8'));
    for (const [subset, list] of Object.entries(ranges)) {
      files.push({
        family,
        path: (weight) =>
          join(dir, 'files', `${stem}-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff2`),
        ranges: list.split(',').map((r) => {
          const [from, to = from] = r.replace(/^U\+/i, '').split('-');
          return [parseInt(from, 16), parseInt(to, 16)];
        }),
        registered: false,
      });
    }
  }
  return files;
}

let files;
/** Registers the files that hold the characters of `texts`; throws on a character no file has. */
function registerFontsFor(texts) {
  files ??= fontFiles();
  const missing = [];
  for (const c of new Set([...texts].join(''))) {
    const code = c.codePointAt(0);
    const file = files.find((f) => f.ranges.some(([from, to]) => code >= from && code <= to));
    if (!file) missing.push(`U+${code.toString(16).toUpperCase()} ${c}`);
    else if (!file.registered) {
      for (const weight of WEIGHTS) {
        if (!GlobalFonts.registerFromPath(file.path(weight), file.family))
          throw new Error(`cannot register ${file.path(weight)}`);
      }
      file.registered = true;
    }
  }
  if (missing.length) throw new Error(`no font file has ${missing.join(', ')}`);
}

/**
 * The library's own modules the images are drawn with, bundled from src/ for Node (Chart.js with
 * what engine.ts and line.ts register, so the same parts as in a page).
 */
const ENTRY = `
export { Chart } from 'chart.js';
import './src/charts/engine.ts';
import './src/charts/line.ts';
export { CHART_IDS } from './src/charts/ids.ts';
export { bundledModel } from './src/charts/bundled.ts';
export { chartConfig, hatchMaker } from './src/charts/config.ts';
export { paletteTokens } from './src/charts/palette.ts';
export { composePNG } from './src/charts/png.ts';
export { CHART_IMAGE, CHART_IMAGE_SCALES, CHART_IMAGE_THEMES, chartImageName } from './src/charts/image.ts';
export { tokens } from './src/theme/tokens.ts';
export { styles as chartStyles } from './src/components/chart/chart.styles.ts';
export { default as en } from './src/i18n/en.ts';
export { default as zh } from './src/i18n/zh.ts';
`;

let loaded;
/** The bundled modules above, built once per process. */
export async function sources() {
  if (!loaded) {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'chart-images-entry.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'warning',
      tsconfig: join(root, 'tsconfig.json'),
    });
    const code = result.outputFiles[0].text;
    loaded = import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  }
  return loaded;
}

/** The value a sheet's declarations give `--_name` in `scheme`, with no page overrides (`--ipr-*` unset). */
function resolveToken(decls, name, scheme, seen = new Set()) {
  if (seen.has(name)) throw new Error(`token ${name} refers to itself`);
  const value = decls.get(name);
  if (value === undefined) throw new Error(`no token ${name} in the token sheets`);
  return resolveValue(decls, value, scheme, new Set([...seen, name]));
}

/** Splits `a, b(c, d)` at its top-level commas. */
function args(text) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

function resolveValue(decls, value, scheme, seen) {
  const call = /^([\w-]+)\(([\s\S]*)\)$/.exec(value.trim());
  if (!call) return value.trim();
  const [, fn, inner] = call;
  const parts = args(inner);
  if (fn === 'light-dark') return resolveValue(decls, parts[scheme === 'dark' ? 1 : 0], scheme, seen);
  if (fn === 'var') {
    // A public --ipr-* property is the page's: unset here, so its fallback; a private one is ours.
    if (parts[0].startsWith('--_')) return resolveToken(decls, parts[0], scheme, seen);
    if (parts.length < 2) throw new Error(`${parts[0]} has no default`);
    return resolveValue(decls, parts.slice(1).join(', '), scheme, seen);
  }
  return value.trim();
}

/** The palette of a chart with `series` series in the light or dark scheme, from the elements' token sheets. */
export async function palette(scheme, series) {
  const lib = await sources();
  const decls = new Map();
  for (const sheet of [lib.tokens, lib.chartStyles]) {
    for (const m of sheet.cssText.matchAll(/(--_[\w-]+)\s*:\s*([^;]+);/g)) decls.set(m[1], m[2]);
  }
  // In paletteTokens' order: text, muted, grid, surface, then the series.
  const [text, muted, grid, surface, ...colours] = lib
    .paletteTokens(series)
    .map((token) => resolveToken(decls, token, scheme));
  return { series: colours, text, muted, grid, surface, font: FONT };
}

/** A bundled chart's model in `lang`, as an element with that `lang` builds it. */
export async function model(id, lang) {
  const lib = await sources();
  return lib.bundledModel(id, { t: lib[lang], locale: lang, lang });
}

/** A canvas whose 2D context notes every text drawn on it in `drawn`. */
function recordingCanvas(width, height, drawn) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  for (const method of ['fillText', 'strokeText']) {
    const draw = ctx[method].bind(ctx);
    ctx[method] = (text, ...rest) => {
      drawn.add(String(text));
      return draw(text, ...rest);
    };
  }
  return canvas;
}

/** The image on a canvas, every text it draws noted in `drawn`. */
function render(lib, m, p, scale, locale, drawn) {
  const width = lib.CHART_IMAGE.width * scale;
  const height = lib.CHART_IMAGE.height * scale;
  // The texts' height: composed around a plot one pixel tall.
  const probe = createCanvas(1, 1);
  lib.composePNG(probe, createCanvas(width, 1), scale, m, p);
  const plotHeight = height - (probe.height - 1);
  const cssHeight = Math.floor(plotHeight / scale);
  if (cssHeight < 120) throw new Error(`${m.id}: the texts leave ${cssHeight} px for the plot`);

  const canvas = recordingCanvas(lib.CHART_IMAGE.width, cssHeight, drawn);
  const config = lib.chartConfig(m, p, {
    locale,
    animate: false,
    hatch: lib.hatchMaker(() => createCanvas(8, 8)),
  });
  // A still image: drawn once at the canvas's size, at the image's pixel ratio.
  Object.assign(config.options, { responsive: false, devicePixelRatio: scale });
  const chart = new lib.Chart(canvas, config);
  // The plot on the surface colour, as tall as the texts leave (one device pixel taller than the
  // chart at 2x when that height is odd).
  const plot = createCanvas(width, plotHeight);
  const g = plot.getContext('2d');
  g.fillStyle = p.surface;
  g.fillRect(0, 0, width, plotHeight);
  g.drawImage(canvas, 0, 0);
  chart.destroy();

  const out = recordingCanvas(1, 1, drawn);
  lib.composePNG(out, plot, scale, m, p);
  if (out.width !== width || out.height !== height)
    throw new Error(`${m.id}: ${out.width}x${out.height} px, not ${width}x${height}`);
  return out;
}

/**
 * One image as PNG bytes (`png`) and every text drawn on it (`drawn`): the chart drawn by Chart.js
 * at `scale` device pixels per CSS pixel, with the PNG download's title, subtitle, notes and source
 * around it, `CHART_IMAGE` CSS pixels in all (the plot takes the height the texts leave). Drawn
 * again when it drew a character whose font file was not registered yet, so every glyph is one of
 * the packages' fonts, never a system font.
 */
export async function drawImage(id, lang, scheme, scale) {
  const lib = await sources();
  const m = await model(id, lang);
  const p = await palette(scheme, m.series.length);
  registerFontsFor([m.title, m.subtitle, m.sourceText, ...m.notes, ...m.labels]);
  for (;;) {
    const drawn = new Set();
    const before = files.filter((f) => f.registered).length;
    const out = render(lib, m, p, scale, lang, drawn);
    registerFontsFor(drawn);
    if (files.filter((f) => f.registered).length === before) return { png: await out.encode('png'), drawn };
  }
}

/** Every image into dist/img/; prints what it wrote. */
export async function writeImages(dir = IMG) {
  const lib = await sources();
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  let bytes = 0;
  let count = 0;
  for (const id of lib.CHART_IDS) {
    for (const lang of ['en', 'zh']) {
      for (const scheme of lib.CHART_IMAGE_THEMES) {
        for (const scale of lib.CHART_IMAGE_SCALES) {
          const { png } = await drawImage(id, lang, scheme, scale);
          writeFileSync(join(dir, lib.chartImageName(id, lang, scheme, scale)), png);
          bytes += png.length;
          count++;
        }
      }
    }
  }
  const { width, height } = lib.CHART_IMAGE;
  console.log(
    `${relative(root, dir)}/: ${count} chart images (${lib.CHART_IDS.length} charts, en and zh, light and dark, ` +
      `${width}x${height} CSS px at 1x and 2x), ${bytes} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await writeImages();
