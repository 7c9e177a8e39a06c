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

/** The texts the shortcodes print, keyed as the PHP looks them up. */
function texts(lang) {
  const statCard = {};
  for (const metric of lib.METRIC_IDS) {
    for (const period of ['', ...lib.periodsOf(metric)]) {
      for (const notation of ['standard', 'compact']) {
        statCard[`${metric}|${period}|${notation}`] = lib.fallbackText(
          { el: 'stat-card', metric, ...(period ? { period } : {}), notation },
          lang,
        );
      }
    }
  }
  const chart = Object.fromEntries(
    lib.CHART_IDS.map((id) => [id, lib.fallbackText({ el: 'chart', chart: id }, lang)]),
  );
  const report = Object.fromEntries(
    subsets(lib.REPORT_SECTIONS).map((s) => [
      s.join(' '),
      lib.fallbackText({ el: 'report', sections: s.join(' ') }, lang),
    ]),
  );
  const t = lib.TEXT[lang];
  return {
    'stat-card': statCard,
    chart,
    report,
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
  for (const [group, entries] of Object.entries(groups)) {
    const empty = Object.entries(entries).filter(([, text]) => typeof text !== 'string' || !text);
    if (empty.length) throw new Error(`no ${lang} text for ${group} ${empty.map(([k]) => k).join(', ')}`);
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
add(dist, root, (path) => path === 'dist/ip-report-widgets.js' || path.startsWith('dist/chunks/'));
writeFileSync(ZIP, zipSync(files, { level: 9, mtime: new Date('2025-03-08T00:00:00Z') }));
console.log(`${relative(root, ZIP)}: ${Object.keys(files).length} files, ${statSync(ZIP).size} bytes`);
