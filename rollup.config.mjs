import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = () => [
  resolve({ browser: true }),
  esbuild({ tsconfig: 'tsconfig.build.json', target: 'es2022', minify: false }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** Rollup warns about `this` in Lit's decorators helpers; anything else is worth seeing. */
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: {
      'ip-report-widgets': 'src/index.ts',
      'stat-card': 'src/entries/stat-card.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false,
    },
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
    input: 'src/index.ts',
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
