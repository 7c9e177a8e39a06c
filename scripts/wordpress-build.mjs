// Writes dist/ip-report-widgets-wordpress.zip, installable through Plugins → Add New → Upload: one
// top folder ip-report-widgets/ with the plugin's PHP (wordpress/), includes/build-data.php made
// here from the built library's own fallbackText and id lists, and the ES module build with its
// chunks. Runs at the end of `npm run build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lib = await import(join(dist, 'data.js'));

export const ZIP = join(dist, 'ip-report-widgets-wordpress.zip');
const TOP = 'ip-report-widgets';

const header = readFileSync(join(root, 'wordpress/ip-report-widgets.php'), 'utf8');
const version = /^\s*\*\s*Version:\s*(\S+)/m.exec(header)?.[1];
if (version !== pkg.version) {
  throw new Error(
    `wordpress/ip-report-widgets.php says Version ${version}; package.json says ${pkg.version}`,
  );
}

/** Every non-empty subset of the report's sections, in their order. */
function subsets(list) {
  const out = [];
  for (let mask = 1; mask < 1 << list.length; mask++) out.push(list.filter((_, i) => mask & (1 << i)));
  return out;
}

/*
 * Feeds get the email-safe markup, whose chart images are under the plugin's dist/ (or the base URL
 * of its settings): the build writes it for a stand-in base that the PHP replaces.
 */
const STAND_IN_BASE = 'https://ipr-base.invalid/dist/';
const BASE_TOKEN = '{{ipr-base}}';

/** Every bundled widget, keyed as the PHP looks it up. */
function widgets() {
  const list = [];
  for (const metric of lib.METRIC_IDS) {
    for (const period of ['', ...lib.periodsOf(metric)]) {
      for (const notation of ['standard', 'compact']) {
        const spec = { el: 'stat-card', metric, ...(period ? { period } : {}), notation };
        list.push(['stat-card', `${metric}|${period}|${notation}`, spec]);
      }
    }
  }
  for (const chart of lib.CHART_IDS) list.push(['chart', chart, { el: 'chart', chart }]);
  for (const s of subsets(lib.REPORT_SECTIONS)) {
    list.push(['report', s.join(' '), { el: 'report', sections: s.join(' ') }]);
  }
  return list;
}

/** The texts and feed markup the shortcodes print, keyed as the PHP looks them up. */
function texts(lang) {
  const groups = { 'stat-card': {}, chart: {}, report: {} };
  const html = { 'stat-card': {}, chart: {}, report: {} };
  for (const [group, key, spec] of widgets()) {
    groups[group][key] = lib.fallbackText(spec, lang);
    html[group][key] = lib
      .fallbackHtml(spec, { base: STAND_IN_BASE, lang })
      .replaceAll(STAND_IN_BASE, BASE_TOKEN);
  }
  const t = lib.TEXT[lang];
  return {
    ...groups,
    html,
    words: { source: t.source, colon: t.colon, listSeparator: t.listSeparator },
  };
}

const data = {
  version: pkg.version,
  metrics: Object.fromEntries(lib.METRIC_IDS.map((id) => [id, lib.periodsOf(id)])),
  charts: [...lib.CHART_IDS],
  sections: [...lib.REPORT_SECTIONS],
  // What the block editor's lists show (English; the widgets themselves speak the page's language).
  labels: {
    ...Object.fromEntries(lib.METRIC_IDS.map((id) => [id, lib.TEXT.en.metric[id]])),
    ...Object.fromEntries(
      lib.CHART_IDS.map((id) => [id, lib.fallbackText({ el: 'chart', chart: id }, 'en').split(':')[0]]),
    ),
  },
  text: { en: texts('en'), zh: texts('zh') },
};
for (const [lang, groups] of Object.entries(data.text)) {
  const { html, ...plain } = groups;
  for (const [group, entries] of Object.entries({ ...plain, ...html })) {
    const empty = Object.entries(entries).filter(([, text]) => typeof text !== 'string' || !text);
    if (empty.length) throw new Error(`no ${lang} text for ${group} ${empty.map(([k]) => k).join(', ')}`);
  }
}

/** The chart images the feed markup shows: the zip carries these, not every image of the build. */
const images = new Set();
for (const groups of Object.values(data.text)) {
  for (const entries of Object.values(groups.html)) {
    for (const markup of Object.values(entries)) {
      for (const [, name] of markup.matchAll(/\{\{ipr-base\}\}img\/([\w.@-]+\.png)/g))
        images.add(`dist/img/${name}`);
    }
  }
}

/** A PHP literal of plain data (strings, numbers, arrays, objects). */
function php(value, indent = '') {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number') return String(value);
  const inner = `${indent}\t`;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${php(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${php(k)} => ${php(v, inner)}`);
  return `array(\n${items.join(',\n')},\n${indent})`;
}

for (const path of images) {
  if (!statSync(join(root, path), { throwIfNoEntry: false }))
    throw new Error(`the feed markup shows ${path}, which the build did not write`);
}

const buildData = `<?php
// Written by scripts/wordpress-build.mjs from the library's build (${pkg.name} ${pkg.version}): do not edit.
defined( 'ABSPATH' ) || exit;
return ${php(data)};
`;

const files = {};
const add = (dir, base, keep = () => true) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) add(path, base, keep);
    else if (keep(relative(base, path))) files[`${TOP}/${relative(base, path)}`] = readFileSync(path);
  }
};
add(join(root, 'wordpress'), join(root, 'wordpress'));
files[`${TOP}/includes/build-data.php`] = Buffer.from(buildData);
add(
  dist,
  root,
  (path) => path === 'dist/ip-report-widgets.js' || path.startsWith('dist/chunks/') || images.has(path),
);
writeFileSync(ZIP, zipSync(files, { level: 9, mtime: new Date('2025-03-08T00:00:00Z') }));
console.log(`${relative(root, ZIP)}: ${Object.keys(files).length} files, ${statSync(ZIP).size} bytes`);
