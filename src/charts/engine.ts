/**
 * The part of `<ipr-chart>` that draws: Chart.js with only what the charts use registered, and
 * the reactive controller that owns one Chart instance. A chunk of its own, fetched when the first
 * chart comes near the viewport.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  type ChartConfiguration,
} from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartModel } from './types.js';

// Bars only. A line chart is drawn by the `iprValues` plugin through the tips of invisible bars:
// Chart.js's line controller and elements would cost about 5 kB gzip for what takes a few lines here.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

let live = 0;

/** How many Chart instances exist right now, across all charts: for leak tests. */
export function liveCharts(): number {
  return live;
}

/** Colours and font of a chart, resolved from the element's tokens. */
interface Paint {
  readonly series: readonly string[];
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly surface: string;
  readonly font: string;
}

/**
 * A canvas cannot read `var(--x)`, and the tokens use `light-dark()`, which only a real colour
 * property resolves: so a probe element per token takes it as its `color` and is read back. All
 * probes go in and are read together, so that the page's style is computed once, not per token.
 */
function resolvePaint(root: Node & ParentNode, series: number): Paint {
  const tokens = ['--_text', '--_muted', '--_border', '--_surface'];
  for (let i = 1; i <= Math.min(series, 4); i++) tokens.push(`--_series-${i}`);
  const probes = tokens.map((token) => {
    const probe = document.createElement('i');
    probe.style.color = `var(${token})`;
    return probe;
  });
  root.append(...probes);
  const [text, muted, grid, surface, ...colours] = probes.map((probe) => getComputedStyle(probe).color);
  const paint = {
    series: colours,
    text: text!,
    muted: muted!,
    grid: grid!,
    surface: surface!,
    font: getComputedStyle(probes[0]!).fontFamily,
  };
  for (const probe of probes) probe.remove();
  return paint;
}

const hatches = new Map<string, CanvasPattern | string>();

/** Diagonal stripes in a colour: how a derived value's bar differs from a reported one. Made once per colour. */
function hatch(colour: string): CanvasPattern | string {
  let pattern = hatches.get(colour);
  if (pattern) return pattern;
  pattern = colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  if (g) {
    g.strokeStyle = colour;
    g.lineWidth = 2;
    g.beginPath();
    for (const o of [-8, 0, 8]) {
      g.moveTo(o, 8);
      g.lineTo(o + 8, 0);
    }
    g.stroke();
    pattern = g.createPattern(tile, 'repeat') ?? colour;
  }
  hatches.set(colour, pattern);
  return pattern;
}

const texts = new WeakMap<(value: number) => string, Map<number, string>>();

/** A model's text for a value, once: Chart.js asks for each tick label many times while it measures. */
function textOf(format: (value: number) => string, value: number): string {
  let known = texts.get(format);
  if (!known) texts.set(format, (known = new Map()));
  let text = known.get(value);
  if (text === undefined) known.set(value, (text = format(value)));
  return text;
}

/** A long category label in lines, so horizontal bars keep room to be drawn. */
function wrap(label: string, width: number): string | string[] {
  if (label.length * (/\s/.test(label) ? 1 : 2) <= width) return label;
  const lines: string[] = [];
  if (!/\s/.test(label)) {
    // No spaces (Chinese): lines of even length, a character being about two Latin letters wide.
    const size = Math.ceil(label.length / Math.ceil((label.length * 2) / width));
    for (let i = 0; i < label.length; i += size) lines.push(label.slice(i, i + size));
    return lines;
  }
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the controller asks of its element. */
export interface ChartSource {
  /** The model to draw, or `undefined` while there is none (error state, no input). */
  model(): ChartModel | undefined;
  /** Called once each time a Chart instance is created and has drawn. */
  ready(): void;
  /** Called when Chart.js threw; the element shows its table instead. */
  failed(detail: string): void;
}

/**
 * Owns one Chart instance for its element: creates it after the first render that has a canvas,
 * updates it in place when the model, colours or motion preference change, destroys it on
 * disconnect (Chart.js cannot see a canvas leave a shadow root) and creates it again on reconnect.
 */
export class ChartController implements ReactiveController {
  /** The Chart instance, while there is one. */
  chart?: Chart;
  private model?: ChartModel;
  private paint?: Paint;
  private paintKey = '';
  private animate = true;

  constructor(
    private readonly host: ChartHost,
    private readonly source: ChartSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  hostUpdated(): void {
    try {
      this.sync();
    } catch (error) {
      this.destroy();
      this.source.failed(String(error));
    }
  }

  private sync(): void {
    const model = this.source.model();
    const canvas = this.host.renderRoot.querySelector('canvas');
    if (!model || !canvas || !this.host.isConnected) return this.destroy();
    const shape = (m?: ChartModel) => m && `${m.type}|${m.horizontal}|${m.series.length}`;
    if (this.chart && (this.chart.canvas !== canvas || shape(this.model) !== shape(model))) this.destroy();
    const paint = resolvePaint(this.host.renderRoot, model.series.length);
    const paintKey = JSON.stringify(paint);
    const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (this.chart && model === this.model && paintKey === this.paintKey && animate === this.animate) return;
    this.model = model;
    this.paint = paint;
    this.paintKey = paintKey;
    this.animate = animate;
    const config = this.config(model, paint, animate);
    if (this.chart) {
      this.chart.data = config.data;
      this.chart.options = config.options!;
      this.chart.update();
      return;
    }
    this.chart = new Chart(canvas, config);
    live++;
    canvas.parentElement?.classList.add('drawn');
    this.source.ready();
  }

  private destroy(): void {
    if (!this.chart) return;
    this.chart.canvas?.parentElement?.classList.remove('drawn');
    this.chart.destroy();
    this.chart = undefined;
    live--;
  }

  private config(model: ChartModel, paint: Paint, animate: boolean): ChartConfiguration {
    const font = { family: paint.font, size: 12 };
    const line = model.type === 'line';
    const datasets = model.series.map((s, i) => {
      const colour = paint.series[i % paint.series.length]!;
      return {
        label: s.label,
        data: [...s.values],
        backgroundColor: line ? 'transparent' : s.derived.map((d) => (d ? hatch(colour) : colour)),
        borderColor: colour,
        borderWidth: line ? 0 : s.derived.map((d) => (d ? 2 : 0)),
        maxBarThickness: 72,
        // A line's points sit on the category's centre, one above the other.
        grouped: !line,
      };
    });
    const value = {
      type: 'linear',
      // Always from zero, so that a change of +0.9 % looks small.
      beginAtZero: true,
      grace: '5%',
      border: { display: false },
      grid: { color: paint.grid },
      ticks: {
        color: paint.muted,
        font,
        maxTicksLimit: 6,
        callback: (v: number | string) => textOf(model.tick, Number(v)),
      },
      title: { display: !!model.unit, text: model.unit ?? '', color: paint.muted, font },
    };
    const category = {
      type: 'category',
      grid: { display: false },
      border: { color: paint.grid },
      ticks: {
        color: paint.text,
        font,
        callback: (_: unknown, i: number) => wrap(model.labels[i] ?? '', model.horizontal ? 16 : 24),
      },
    };
    return {
      type: 'bar',
      data: { labels: [...model.labels], datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: animate ? { duration: 450 } : false,
        indexAxis: model.horizontal ? 'y' : 'x',
        events: [],
        // Room for the values written past the end of the longest bar.
        layout: {
          padding: model.horizontal ? { top: 4, right: widest(model, paint.font) + 10 } : { top: 22 },
        },
        scales: model.horizontal ? { x: value, y: category } : { x: category, y: value },
      },
      plugins: [{ id: 'iprValues', afterDatasetsDraw: (chart: Chart) => this.drawValues(chart) }],
    } as unknown as ChartConfiguration;
  }

  /**
   * For a line chart, the lines and points through the bar tips; then each value written at the
   * end of its bar or above its point, "≈" before derived ones.
   */
  private drawValues(chart: Chart): void {
    const { model, paint } = this;
    if (!model || !paint) return;
    const ctx = chart.ctx;
    ctx.save();
    if (model.type === 'line') {
      model.series.forEach((s, i) => {
        const colour = paint.series[i % paint.series.length]!;
        const points = chart.getDatasetMeta(i).data;
        ctx.strokeStyle = colour;
        ctx.lineWidth = 2;
        ctx.beginPath();
        points.forEach((p, j) => (j ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
        ctx.stroke();
        points.forEach((p, j) => {
          ctx.beginPath();
          ctx.arc(p.x, p.y, 4, 0, 2 * Math.PI);
          ctx.fillStyle = s.derived[j] ? paint.surface : colour;
          ctx.fill();
          ctx.stroke();
        });
      });
    }
    if (model.series.length * model.labels.length <= 24) {
      ctx.font = `600 12px ${paint.font}`;
      ctx.fillStyle = paint.text;
      model.series.forEach((s, i) => {
        chart.getDatasetMeta(i).data.forEach((point, j) => {
          const v = s.values[j]!;
          const text = `${s.derived[j] ? '≈' : ''}${textOf(model.format, v)}`;
          const sign = v < 0 ? -1 : 1;
          const gap = model.type === 'line' ? 9 : 6;
          if (model.horizontal) {
            ctx.textAlign = sign < 0 ? 'right' : 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, point.x + gap * sign, point.y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = sign < 0 ? 'top' : 'bottom';
            ctx.fillText(text, point.x, point.y - gap * sign);
          }
        });
      });
    }
    ctx.restore();
  }

  /**
   * The chart as a PNG: title and subtitle above, notes and source below, on an opaque
   * background, at the canvas's own pixel size.
   */
  async toPNG(): Promise<Blob | undefined> {
    const { chart, model, paint } = this;
    if (!chart || !model || !paint) return undefined;
    // Final state, drawn now: a chart created a moment ago may still wait for its first frame.
    chart.stop();
    chart.update('none');
    chart.draw();
    const source = chart.canvas;
    const r = chart.currentDevicePixelRatio;
    const pad = 16 * r;
    const width = source.width;
    const out = document.createElement('canvas');
    const ctx = out.getContext('2d');
    if (!ctx) return undefined;
    const blocks: { font: string; colour: string; text: string }[] = [
      { font: `650 ${18 * r}px ${paint.font}`, colour: paint.text, text: model.title },
      { font: `${13 * r}px ${paint.font}`, colour: paint.muted, text: model.subtitle },
    ];
    const footer = [...model.notes, model.sourceText].map((text) => ({
      font: `${12 * r}px ${paint.font}`,
      colour: paint.muted,
      text,
    }));
    const layout = (list: typeof blocks) =>
      list
        .filter((b) => b.text)
        .flatMap((b) => {
          ctx.font = b.font;
          const size = parseFloat(b.font.replace(/^\d+ /, ''));
          return wrapToWidth(ctx, b.text, width - 2 * pad).map((text) => ({
            ...b,
            text,
            height: size * 1.4,
          }));
        });
    const top = layout(blocks);
    const bottom = layout(footer);
    const sum = (lines: { height: number }[]) => lines.reduce((s, l) => s + l.height, 0);
    out.width = width;
    out.height = Math.ceil(pad + sum(top) + pad / 2 + source.height + pad / 2 + sum(bottom) + pad);
    ctx.fillStyle = paint.surface;
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.textBaseline = 'top';
    let y = pad;
    const write = (lines: ReturnType<typeof layout>) => {
      for (const l of lines) {
        ctx.font = l.font;
        ctx.fillStyle = l.colour;
        ctx.fillText(l.text, pad, y);
        y += l.height;
      }
    };
    write(top);
    y += pad / 2;
    ctx.drawImage(source, 0, y);
    y += source.height + pad / 2;
    write(bottom);
    return new Promise((resolve) => out.toBlob((blob) => resolve(blob ?? undefined), 'image/png'));
  }
}

/** Width of the widest value label, in CSS pixels. */
function widest(model: ChartModel, font: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 48;
  ctx.font = `600 12px ${font}`;
  return Math.max(
    ...model.series.flatMap((s) =>
      s.values.map((v, i) => ctx.measureText(`${s.derived[i] ? '≈' : ''}${model.format(v)}`).width),
    ),
  );
}

/** Text in lines no wider than `max` in the context's current font. */
function wrapToWidth(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  // Latin words with their space, CJK characters one by one; a word too long for a line (a URL) by character.
  const units = (text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+\s*|\s+/g) ?? []).flatMap((u) =>
    ctx.measureText(u).width > max ? [...u] : [u],
  );
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line && ctx.measureText(line + unit).width > max) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line += unit;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}
