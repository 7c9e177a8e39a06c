/**
 * Paint from tokens: the colours and font a chart is drawn in, read from the element's CSS
 * custom properties into a plain object that the configuration (config.ts) and the PNG
 * (png.ts) take as it is. The only module of the chart code that reads styles.
 */

/** Colours and font of a chart: plain strings, so that a palette can also be written by hand (in Node). */
export interface Palette {
  /** One colour per series, repeated when there are more series. */
  readonly series: readonly string[];
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly surface: string;
  /** A CSS font family list. */
  readonly font: string;
}

/**
 * The tokens a palette's colours come from, in this order: text, muted, grid, surface, then one
 * per series (up to four). Read from the page by `readPalette`; resolved from the token sheets for
 * a fixed light or dark scheme by the static images' build (scripts/chart-images.mjs).
 */
export function paletteTokens(series: number): string[] {
  const tokens = ['--_text', '--_muted', '--_border', '--_surface'];
  for (let i = 1; i <= Math.min(series, 4); i++) tokens.push(`--_series-${i}`);
  return tokens;
}

/**
 * A canvas cannot read `var(--x)`, and the tokens use `light-dark()`, which only a real colour
 * property resolves: so a probe element per token takes it as its `color` and is read back. All
 * probes go in and are read together, so that the page's style is computed once, not per token.
 */
export function readPalette(root: Node & ParentNode, series: number): Palette {
  const probes = paletteTokens(series).map((token) => {
    const probe = document.createElement('i');
    probe.style.color = probe.style.backgroundColor = `var(${token})`;
    return probe;
  });
  root.append(...probes);
  const [text, muted, grid, surface, ...colours] = probes.map((probe) => getComputedStyle(probe));
  const palette = {
    series: colours.map((style) => style.color),
    text: text!.color,
    muted: muted!.color,
    grid: grid!.color,
    // A background, read as one: in forced colours the system's Canvas, where a `color` would be
    // its CanvasText (the tooltip's box and the PNG's background would be the text's colour).
    surface: surface!.backgroundColor,
    font: getComputedStyle(probes[0]!).fontFamily,
  };
  for (const probe of probes) probe.remove();
  return palette;
}
