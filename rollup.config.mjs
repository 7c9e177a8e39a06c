import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { parallelImports } from './scripts/rollup/parallel-imports.mjs';

/** Copies the iframe page and its stylesheet into dist/ beside the script they load. */
const embedPage = {
  name: 'embed-page',
  generateBundle() {
    for (const file of ['embed.html', 'embed.css']) {
      this.emitFile({
        type: 'asset',
        fileName: file,
        source: readFileSync(new URL(`src/embed/${file}`, import.meta.url)),
      });
    }
  },
};

const plugins = () => [
  resolve({ browser: true }),
  parallelImports(),
  esbuild({ tsconfig: 'tsconfig.build.json', target: 'es2022', minify: false }),
  // Conservative: white space between inline elements is folded to one space, never dropped,
  // since screen readers need the spaces between the visually hidden spans and the text.
  minifyTemplateLiterals({
    options: { minifyOptions: { conservativeCollapse: true, collapseWhitespace: true } },
    failOnError: true,
  }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** Rollup warns about `this` in Lit's decorators helpers; anything else is worth seeing. */
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * The per-element subpaths (`ip-report-widgets/stat-card`, `/chart`) as modules that re-export the
 * element from the chunk of the main build that already holds it, so a page importing a subpath and
 * the main entry gets one copy of each, and the main build's chunks stay as they are.
 */
function subpathModules(subpaths) {
  return {
    name: 'subpath-modules',
    generateBundle(_options, bundle) {
      for (const [name, { module, names }] of Object.entries(subpaths)) {
        const id = resolvePath(module);
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === id);
        if (!chunk) this.error(`subpath ${name}: no chunk of ${module}`);
        const missing = names.filter((n) => !chunk.exports.includes(n));
        if (missing.length) this.error(`subpath ${name}: ${chunk.fileName} does not export ${missing}`);
        this.emitFile({
          type: 'asset',
          fileName: `${name}.js`,
          source: `export { ${names.join(', ')} } from './${chunk.fileName}';\n`,
        });
      }
    },
  };
}

export default [
  {
    input: {
      'ip-report-widgets': 'src/index.ts',
      // The iframe page's script: the entry, plus checking the address and reporting the height.
      embed: 'src/embed/embed.ts',
    },
    // Lets lazy chunks import shared code from the entry itself rather than from a facade chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false,
    },
    plugins: [
      ...plugins(),
      embedPage,
      subpathModules({
        'stat-card': { module: 'src/index.ts', names: ['IprStatCard'] },
        chart: { module: 'src/entries/chart.ts', names: ['IprChart'] },
        report: { module: 'src/entries/report.ts', names: ['IprReport', 'REPORT_SECTIONS'] },
      }),
    ],
    onwarn,
  },
  {
    // React wrappers: React is the consumer's; the elements come from the subpath modules above.
    input: 'src/entries/react.ts',
    external: ['react', 'ip-report-widgets/stat-card', 'ip-report-widgets/chart', 'ip-report-widgets/report'],
    output: {
      file: 'dist/react.js',
      format: 'es',
      paths: {
        'ip-report-widgets/stat-card': './stat-card.js',
        'ip-report-widgets/chart': './chart.js',
        'ip-report-widgets/report': './report.js',
      },
    },
    plugins: plugins(),
    onwarn,
  },
  {
    // The first script of embed.html: loads embed.js, or embed.iife.js in an opaque origin.
    input: 'src/embed/embed-start.ts',
    output: { file: 'dist/embed-start.js', format: 'iife' },
    plugins: plugins(),
    onwarn,
  },
  {
    // embed.js as one classic file, for frames whose origin is opaque (see embed-start.ts).
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed.iife.js', format: 'iife', inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
  {
    // For the host page of embed.html iframes: a classic script of its own, a few hundred bytes.
    input: 'src/embed/resizer.ts',
    output: { file: 'dist/ip-report-widgets-resizer.js', format: 'iife' },
    plugins: plugins(),
    onwarn,
  },
  {
    // Self-contained, so that tree-shaking of the element entry is not undone by this one.
    input: 'src/entries/data.ts',
    output: { file: 'dist/data.js', format: 'es' },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/entries/classic.ts',
    output: {
      file: 'dist/ip-report-widgets.iife.js',
      format: 'iife',
      name: 'IpReportWidgets',
      inlineDynamicImports: true,
    },
    plugins: plugins(),
    onwarn,
  },
];
