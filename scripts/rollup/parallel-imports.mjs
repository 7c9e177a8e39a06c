/**
 * A Rollup plugin against load waterfalls. A lazy chunk's own static imports (a chunk it shares
 * with another lazy chunk) are only seen by the browser once the lazy chunk has arrived and been
 * parsed: entry → chart → extras is three trips in a row. Here each `import()` of a chunk also
 * starts the imports of the chunks that chunk needs, so they are fetched side by side with it:
 * entry → (chart + extras + ids). Rollup lists those chunks for this purpose
 * (`getTargetChunkImports` in `renderDynamicImport`). Left out: the importing chunk itself, and
 * entry chunks, which whatever imports a lazy chunk has loaded before (leaving one out costs only
 * the head start). The promise is still the target's namespace.
 * Only for ES module output; a build with inlined dynamic imports has nothing to fetch.
 */
export function parallelImports() {
  return {
    name: 'parallel-imports',
    renderDynamicImport({ format, chunk, targetChunk, getTargetChunkImports }) {
      if (format !== 'es' || !targetChunk) return null;
      const needed = (getTargetChunkImports() ?? []).filter(
        (i) => i.type === 'internal' && i.fileName !== chunk.fileName && !i.chunk.isEntry,
      );
      if (!needed.length) return null;
      const beside = needed.map((i) => `import(${i.resolvedImportPath})`).join(',');
      return { left: 'Promise.all([import(', right: `),${beside}]).then((m)=>m[0])` };
    },
  };
}
