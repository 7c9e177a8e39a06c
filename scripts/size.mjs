// Prints the gzip size of what each kind of page loads and fails when one is over its budget
// (budgets from DESIGN.md). A page's JS is its entry plus every chunk it imports statically.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.DIST_ROOT ?? new URL('..', import.meta.url).pathname, 'dist');
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static-import closure of an ES module, as files. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  // Minified static imports and re-exports: import{a}from"./x.js", import"./x.js", export{a}from"./x.js".
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    closure(resolve(dirname(entry), m[1]), seen);
  }
  return seen;
}

function dynamicImports(entry) {
  const code = readFileSync(entry, 'utf8');
  return [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => resolve(dirname(entry), m[1]));
}

const rows = [];
const entry = join(dist, 'ip-report-widgets.js');
const statPage = [...closure(entry)];
rows.push([
  'stat-cards-only page (entry + static chunks)',
  statPage.reduce((s, f) => s + gz(f), 0),
  12_000,
  statPage,
]);

/** A lazy chunk with everything it loads in turn, statically or not, less what the page has. */
function lazyClosure(chunk, have) {
  const files = new Set();
  const visit = (file) => {
    for (const f of closure(file)) {
      if (have.includes(f) || files.has(f)) continue;
      files.add(f);
      for (const next of dynamicImports(f)) visit(next);
    }
  };
  visit(chunk);
  return [...files];
}

// Each lazy chunk counts its own code and what it alone brings; a lazy chunk of its own row
// (the Chinese words, the extras) is counted there, not again in every chunk that uses it.
const lazy = [...new Set(statPage.flatMap(dynamicImports))];
for (const chunk of lazy) {
  const files = lazyClosure(chunk, [...statPage, ...lazy.filter((c) => c !== chunk)]);
  rows.push([
    `lazy ${relative(dist, chunk)} and what it loads`,
    files.reduce((s, f) => s + gz(f), 0),
    50_000,
    files,
  ]);
}
const iife = join(dist, 'ip-report-widgets.iife.js');
if (existsSync(iife)) rows.push(['IIFE, everything', gz(iife), 62_000, [iife]]);

let failed = 0;
console.log('gzip -9 sizes (bytes)          size   budget');
for (const [name, size, budget, files] of rows) {
  const over = size > budget;
  if (over) failed++;
  console.log(
    `${over ? 'OVER' : 'ok  '} ${name.padEnd(60)} ${String(size).padStart(7)} ${String(budget).padStart(8)}`,
  );
  if (process.env.SIZE_VERBOSE) for (const f of files) console.log(`       ${relative(dist, f)} ${gz(f)}`);
}
const all = readdirSync(join(dist, 'chunks')).length;
console.log(`(${all} chunk files in dist/chunks)`);
if (failed) {
  console.error(`${failed} bundle(s) over budget`);
  process.exit(1);
}
