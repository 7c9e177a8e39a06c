/**
 * The Chart.js configuration of a chart: a pure function of the chart's model, its palette and a
 * few options. It reads no style and touches no document, so the same configuration draws in a
 * browser and in Node (with a canvas package, passing its canvas maker for the hatch).
 */
import type { CartesianScaleOptions, Chart, ChartConfiguration, ChartDataset, Scale } from 'chart.js';
import type { Palette } from './palette.js';
import { fitLines, textOf, valueText, wrap } from './helpers.text.js';
import { valuesPlugin } from './plugin.values.js';
import type { ChartModel } from './types.js';

/** What a configuration is made for besides its model and palette. */
export interface ConfigOptions {
  /** The BCP 47 locale Chart.js formats in (the model's own texts are already in it). */
  readonly locale: string;
  /** Grow the bars in; false with reduced motion and for still images. */
  readonly animate: boolean;
  /** The fill of a derived bar in a colour: see `hatchMaker`. Without it, the plain colour. */
  readonly hatch?: (colour: string) => CanvasPattern | string;
}

/** A canvas 8 × 8 px or larger with a 2D context, as a document or a Node canvas package makes one. */
type TileMaker = () => {
  width: number;
  height: number;
  getContext(type: '2d'): CanvasRenderingContext2D | null;
};

/**
 * Diagonal stripes in a colour: how a derived value's bar differs from a reported one. Each
 * colour's pattern is made once, on a tile from `tile`.
 */
export function hatchMaker(tile: TileMaker): (colour: string) => CanvasPattern | string {
  const made = new Map<string, CanvasPattern | string>();
  return (colour) => {
    let pattern = made.get(colour);
    if (pattern) return pattern;
    pattern = colour;
    const canvas = tile();
    canvas.width = canvas.height = 8;
    const g = canvas.getContext('2d');
    if (g) {
      g.strokeStyle = colour;
      g.lineWidth = 2;
      g.beginPath();
      for (const o of [-8, 0, 8]) {
        g.moveTo(o, 8);
        g.lineTo(o + 8, 0);
      }
      g.stroke();
      pattern = g.createPattern(canvas as unknown as CanvasImageSource, 'repeat') ?? colour;
    }
    made.set(colour, pattern);
    return pattern;
  };
}

/** Width of the widest value label, in CSS pixels, measured on the chart's own context. */
function widest(ctx: CanvasRenderingContext2D, model: ChartModel, font: string): number {
  ctx.save();
  ctx.font = `600 12px ${font}`;
  const width = Math.max(
    ...model.series.flatMap((s) =>
      s.values.map((v, i) => ctx.measureText(valueText(model, v, s.derived[i])).width),
    ),
  );
  ctx.restore();
  return width;
}

/** What a vertical axis takes besides its labels' width: tick mark and padding either side. */
function axisExtras(scale: Scale): number {
  const { grid, ticks } = scale.options as CartesianScaleOptions;
  return (grid?.drawTicks ? (grid.tickLength ?? 0) : 0) + 2 * (ticks?.padding ?? 0);
}

/** The widest label line a vertical axis may have: the label column of horizontal bars. */
function labelRoom(scale: Scale, font: { size: number }): number {
  // Chart.js gives a vertical axis half the width left by the layout padding (`maxWidth`, known
  // when it asks for the labels). On a phone that is too little: long labels would take four
  // lines and overlap. So 60 % of that width, 240 px at most so that wide charts keep their bars,
  // and `afterFit` widens the axis to what its labels take.
  const available = 2 * scale.maxWidth;
  return Math.max(Math.min(0.6 * available, 240) - axisExtras(scale) - 1, font.size * 2);
}

/** A function measuring text on the scale's context in `font`, and one to put the context back. */
function measurer(scale: Scale, font: { family: string; size: number }) {
  const ctx = scale.ctx;
  ctx.save();
  ctx.font = `${font.size}px ${font.family}`;
  return { measure: (text: string) => ctx.measureText(text).width, done: () => ctx.restore() };
}

/**
 * A label of the category axis of horizontal bars, in lines that fit `labelRoom`, measured on the
 * chart's own context in the axis's font: a label wider than its axis is drawn past the canvas's
 * left edge. `even` evens the lines out (a few labels only: it measures more).
 */
function fitLabel(
  scale: Scale,
  label: string,
  font: { family: string; size: number },
  even: boolean,
): string | string[] {
  const { measure, done } = measurer(scale, font);
  const lines = fitLines(label, labelRoom(scale, font), measure, even);
  done();
  return lines;
}

/** After Chart.js fitted the axis (no wider than half): as wide as its widest label line. */
function widenToLabels(scale: Scale, font: { family: string; size: number }): void {
  const { measure, done } = measurer(scale, font);
  const widest = Math.max(
    0,
    ...scale.ticks.flatMap((tick) => [tick.label ?? ''].flat().map((line) => measure(String(line)))),
  );
  done();
  scale.width = Math.max(scale.width, Math.ceil(widest) + axisExtras(scale));
}

/** The chart types drawn here: Chart.js's bar and line controllers. */
export type IprChartType = ChartModel['type'];

/** A configuration of one of those types, with numbers for data and strings for labels. */
export type IprChartConfiguration = ChartConfiguration<IprChartType, number[], string>;

/** The Chart.js configuration that draws `model` in `palette`. */
export function chartConfig(
  model: ChartModel,
  palette: Palette,
  options: ConfigOptions,
): IprChartConfiguration {
  const font = { family: palette.font, size: 12 };
  const line = model.type === 'line';
  const hatch = options.hatch ?? ((colour: string) => colour);
  const colourOf = (i: number) => palette.series[i % palette.series.length]!;
  const datasets: ChartDataset<IprChartType, number[]>[] = model.series.map((s, i) => {
    const colour = colourOf(i);
    const common = { label: s.label, data: [...s.values], borderColor: colour };
    return line
      ? {
          ...common,
          backgroundColor: colour,
          borderWidth: 2,
          // Straight segments: a curve would show values between the reported ones.
          tension: 0,
          // A derived value is a hollow point, as its bar would be hatched.
          pointBackgroundColor: s.derived.map((d) => (d ? palette.surface : colour)),
          pointBorderColor: colour,
          pointBorderWidth: 2,
          pointRadius: 4,
        }
      : {
          ...common,
          backgroundColor: s.derived.map((d) => (d ? hatch(colour) : colour)),
          borderWidth: s.derived.map((d) => (d ? 2 : 0)),
          maxBarThickness: 72,
        };
  });
  const value = {
    type: 'linear' as const,
    // Always from zero, so that a change of +0.9 % looks small.
    beginAtZero: true,
    grace: '5%',
    border: { display: false },
    grid: { color: palette.grid },
    ticks: {
      color: palette.muted,
      font,
      maxTicksLimit: 6,
      callback: (v: number | string) => textOf(model.tick, Number(v)),
    },
    title: { display: !!model.unit, text: model.unit ?? '', color: palette.muted, font },
  };
  const category = {
    type: 'category' as const,
    grid: { display: false },
    border: { color: palette.grid },
    ticks: {
      color: palette.text,
      font,
      // Every category keeps its name while there are few: Chart.js would drop the names that do
      // not fit a short plot (the middle bar of a three-bar chart 140 px tall), leaving a bar no
      // one can read. A long author's series is thinned as Chart.js does.
      autoSkip: model.labels.length > 12,
      callback: model.horizontal
        ? function (this: Scale, _: unknown, i: number) {
            return fitLabel(this, model.labels[i] ?? '', font, model.labels.length <= 12);
          }
        : (_: unknown, i: number) => wrap(model.labels[i] ?? '', 24),
    },
    ...(model.horizontal && { afterFit: (scale: Scale) => widenToLabels(scale, font) }),
  };
  // Room for the values written past the end of the longest bar, or above the points (a line's
  // last point sits on the plot's right edge, its value half past it).
  const padding = model.horizontal
    ? ({ chart }: { chart: Chart }) => ({ top: 4, right: widest(chart.ctx, model, palette.font) + 10 })
    : line
      ? ({ chart }: { chart: Chart }) => ({
          top: 22,
          right: Math.ceil(widest(chart.ctx, model, palette.font) / 2),
        })
      : { top: 22 };
  return {
    type: model.type,
    data: { labels: [...model.labels], datasets },
    options: {
      locale: options.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 450 } : false,
      indexAxis: model.horizontal ? 'y' : 'x',
      events: [],
      layout: { padding },
      scales: model.horizontal ? { x: value, y: category } : { x: category, y: value },
    },
    plugins: [valuesPlugin(model, palette)],
  };
}
