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

/** Palettes read so far, by what decides them (see `paletteKey`): a page of charts reads one. */
const read = new Map<string, Palette>();

/**
 * What a probe's colours and font follow, read off the host: the tokens as the host computes them
 * (a custom property computes to its text, `var()`s replaced, `light-dark()` not yet resolved),
 * its colour scheme and colour (for `light-dark()`, system colours, and `currentColor` in the
 * text token), and the reader's scheme and forced-colours settings. The host's own style does not
 * depend on the container queries of its shadow tree, so reading it costs a style update but no
 * layout.
 */
function paletteKey(host: Element, series: number): string {
  const style = getComputedStyle(host);
  const parts = [...paletteTokens(series), '--_font'].map((token) => style.getPropertyValue(token));
  parts.push(
    style.colorScheme,
    style.color,
    String(matchMedia('(prefers-color-scheme: dark)').matches),
    String(matchMedia('(forced-colors: active)').matches),
  );
  return parts.join('\n');
}

/**
 * A canvas cannot read `var(--x)`, and the tokens use `light-dark()`, which only a real colour
 * property resolves: so a probe element per token takes it as its `color` and is read back. All
 * probes go in and are read together, so that the page's style is computed once, not per token.
 * The probes go in `parent`, the element around the canvas, so that they inherit the chart's
 * text colour: a token of `currentColor` paints in it, as the legend's swatches show it. They sit
 * in the chart's shadow tree, whose container queries make reading them lay the page out (and
 * taking them out again makes the next read lay it out again): so a palette is probed once per
 * key and shared by every chart with the same key.
 */
export function readPalette(host: Element, parent: ParentNode, series: number): Palette {
  const key = paletteKey(host, series);
  const known = read.get(key);
  if (known) return known;
  const probes = paletteTokens(series).map((token) => {
    const probe = document.createElement('i');
    probe.style.color = probe.style.backgroundColor = `var(${token})`;
    return probe;
  });
  parent.append(...probes);
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
  // Pages with many token sets (a colour per chart, say) keep only the latest few.
  if (read.size >= 32) read.clear();
  read.set(key, palette);
  return palette;
}
