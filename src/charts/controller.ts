/**
 * The reactive controller that owns one Chart instance for its element: reads the palette,
 * builds the configuration, and creates, updates and destroys the chart with the element.
 */
import { Chart } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messageLang } from '../i18n/locale.js';
import { lazy } from '../internal/lazy.js';
import { chartConfig, hatchMaker, type IprChartType } from './config.js';
import { readPalette, type Palette } from './palette.js';
import { composePNG } from './png.js';
import type { ChartModel } from './types.js';

let live = 0;

/** How many Chart instances exist right now, across all charts: for leak tests. */
export function liveCharts(): number {
  return live;
}

const hatch = hatchMaker(() => document.createElement('canvas'));

/** Chart.js's line controller and elements, fetched when the first line chart is shown. */
const lineParts = lazy(() => import('./line.js'));
let lineReady = false;

/** Tooltip and keyboard exploration (tooltip.ts), fetched on the first pointer or focus on a chart. */
const tipParts = lazy(() => import('./tooltip.js'));
let tips: typeof import('./tooltip.js') | undefined;

export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the controller asks of its element. */
export interface ChartSource {
  /** The model to draw, or `undefined` while there is none (error state, no input). */
  model(): ChartModel | undefined;
  /** The BCP 47 locale the chart is shown in. */
  locale(): string;
  /** Called once each time a Chart instance is created and has drawn. */
  ready(): void;
  /** Called when Chart.js threw; the element shows its table instead. */
  failed(detail: string): void;
  /** Called when a chunk the chart needs did not load, twice: the element shows its error state. */
  unloaded(detail: string): void;
}

/**
 * Owns one Chart instance for its element: creates it after the first render that has a canvas,
 * updates it in place when the model, colours or motion preference change, destroys it on
 * disconnect (Chart.js cannot see a canvas leave a shadow root) and creates it again on reconnect.
 */
export class ChartController implements ReactiveController {
  /** The Chart instance, while there is one. */
  chart?: Chart<IprChartType, number[], string>;
  private model?: ChartModel;
  private waiting = false;
  private palette?: Palette;
  private paletteKey = '';
  private animate = true;
  /** Whether the chart was configured with the tooltip parts. */
  private tipped = false;
  /** The canvas the pointer, focus and key listeners are on. */
  private bound?: HTMLCanvasElement;
  /** The pointer that asked for the tooltip parts, while it is still over the chart. */
  private pointer?: Event;
  /** The last key pressed on the canvas before the tooltip parts were in. */
  private key?: string;
  /** Released while far from the viewport: no Chart instance and an empty canvas until drawn again. */
  private released = false;

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
    if (!model || !canvas || !this.host.isConnected || this.released) return this.destroy();
    if (model.type === 'line' && !lineReady) return this.waitForLines();
    const shape = (m?: ChartModel) => m && `${m.type}|${m.horizontal}|${m.series.length}`;
    if (this.chart && (this.chart.canvas !== canvas || shape(this.model) !== shape(model))) this.destroy();
    const palette = readPalette(this.host, canvas.parentElement ?? this.host.renderRoot, model.series.length);
    const paletteKey = JSON.stringify(palette);
    const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.bind(canvas);
    if (
      this.chart &&
      model === this.model &&
      paletteKey === this.paletteKey &&
      animate === this.animate &&
      this.tipped === !!tips
    )
      return;
    this.model = model;
    this.palette = palette;
    this.paletteKey = paletteKey;
    this.animate = animate;
    this.tipped = !!tips;
    const config = chartConfig(model, palette, { locale: this.source.locale(), animate, hatch });
    tips?.extend(config, model, palette, animate, messageLang(this.source.locale()));
    if (this.chart) {
      tips?.init(this.chart);
      // The same dataset objects, changed: Chart.js then tweens values and colours to the new ones.
      const data = this.chart.data;
      data.labels = config.data.labels;
      config.data.datasets.forEach((set, i) => Object.assign(data.datasets[i]!, set));
      this.chart.options = config.options!;
      // The values plugin draws the model and palette it was made with: swap it for the new one.
      this.chart.config.plugins?.splice(0, Infinity, ...(config.plugins ?? []));
      this.chart.update();
      this.replay();
      return;
    }
    this.chart = new Chart(canvas, config);
    live++;
    canvas.parentElement?.classList.add('drawn');
    this.source.ready();
  }

  /**
   * Listens on the canvas: the first pointer or focus fetches the tooltip parts, or, where another
   * chart fetched them, configures this chart with them (the pointer's place is drawn once they
   * are in); then keys move between the values.
   */
  private bind(canvas: HTMLCanvasElement): void {
    if (this.bound === canvas) return;
    this.bound = canvas;
    const wake = (event: Event) => {
      if (this.tipped) return;
      if (event.type !== 'focus') this.pointer = event;
      // Another chart fetched the parts already: this one, drawn before, is configured anew.
      if (tips) return this.host.requestUpdate();
      tipParts().then(
        (parts) => {
          tips = parts;
          this.host.requestUpdate();
        },
        (error) => this.source.unloaded(String(error)),
      );
    };
    for (const type of ['pointerover', 'pointerdown', 'focus']) canvas.addEventListener(type, wake);
    canvas.addEventListener('pointerout', () => (this.pointer = undefined));
    // As in hostUpdated: what Chart.js throws shows the table, never reaches the page.
    const guarded = (handle: (event: KeyboardEvent) => void) => (event: Event) => {
      try {
        handle(event as KeyboardEvent);
      } catch (error) {
        this.destroy();
        this.source.failed(String(error));
      }
    };
    canvas.addEventListener(
      'keydown',
      guarded((event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        // Pressed before the parts were in (a key right after focus): it moves once they are.
        if (!this.tipped) this.key = event.key;
        else if (this.press(event.key)) event.preventDefault();
      }),
    );
    canvas.addEventListener(
      'blur',
      guarded(() => {
        if (tips && this.tipped && this.chart?.getActiveElements().length) tips.show(this.chart, []);
      }),
    );
    // Focused before the chart code came (a tab into a chart not yet drawn).
    if (this.host.renderRoot instanceof ShadowRoot && this.host.renderRoot.activeElement === canvas)
      wake(new Event('focus'));
  }

  /** Moves to the value a key gives, draws it active and says it; false for a key that moves nothing. */
  private press(key: string): boolean {
    const { chart, model } = this;
    if (!tips || !chart || !model) return false;
    const place = tips.move(chart, model, key);
    if (place === undefined) return false;
    tips.show(chart, place ? [place] : []);
    const live = this.host.renderRoot.querySelector('[aria-live]');
    if (live) live.textContent = place ? tips.spoken(model, messageLang(this.source.locale()), place) : '';
    return true;
  }

  /**
   * Once the tooltip parts are in: draws where the pointer that fetched them is, if it is still
   * there, and makes the move of a key pressed while they were on their way.
   */
  private replay(): void {
    if (tips && this.chart && this.pointer) tips.replay(this.chart, this.pointer);
    if (
      this.key &&
      this.host.renderRoot instanceof ShadowRoot &&
      this.host.renderRoot.activeElement === this.bound
    )
      this.press(this.key);
    this.pointer = undefined;
    this.key = undefined;
  }

  private waitForLines(): void {
    if (this.waiting) return;
    this.waiting = true;
    lineParts().then(
      () => {
        lineReady = true;
        this.waiting = false;
        this.host.requestUpdate();
      },
      (error) => this.source.unloaded(String(error)),
    );
  }

  /**
   * Releases the Chart instance and the canvas's pixels while the chart is far from the viewport
   * (`true`), or draws it again (`false`). The plot box keeps its size (its aspect ratio sets it,
   * not the canvas), so nothing moves; the summary, the table and the downloads stay.
   */
  release(far: boolean): void {
    if (far === this.released) return;
    this.released = far;
    if (far) this.destroy();
    else this.host.requestUpdate();
  }

  private destroy(): void {
    if (!this.chart) return;
    const canvas = this.chart.canvas;
    canvas?.parentElement?.classList.remove('drawn');
    this.chart.destroy();
    this.chart = undefined;
    live--;
    // Chart.js gives the canvas back its own size (300 × 150 without attributes): a backing store
    // of 180 kB per chart, kept by every chart scrolled past. None, until it draws again.
    if (this.released && canvas) canvas.width = canvas.height = 0;
  }

  /**
   * The chart as a PNG: title and subtitle above, notes and source below, on an opaque
   * background, at the canvas's own pixel size.
   */
  async toPNG(): Promise<Blob | undefined> {
    const far = this.released;
    if (far) {
      // Drawn for the picture, then released again.
      this.release(false);
      await this.host.updateComplete;
    }
    try {
      return await this.picture();
    } finally {
      this.release(far);
    }
  }

  private async picture(): Promise<Blob | undefined> {
    const { chart, model, palette } = this;
    if (!chart || !model || !palette) return undefined;
    // Final state, drawn now: a chart created a moment ago may still wait for its first frame.
    chart.stop();
    chart.update('none');
    chart.draw();
    const out = document.createElement('canvas');
    if (!composePNG(out, chart.canvas, chart.currentDevicePixelRatio, model, palette)) return undefined;
    return new Promise((resolve) => out.toBlob((blob) => resolve(blob ?? undefined), 'image/png'));
  }
}
