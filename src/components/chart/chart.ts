import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { authorModel, parseAuthorChart } from '../../charts/author.js';
import { bundledModel, isChartId, type ChartId } from '../../charts/bundled.js';
import type { ChartController } from '../../charts/engine.js';
import { header, toCSV } from '../../charts/export.js';
import { loadEngine as fetchEngine } from '../../charts/load-engine.js';
import type { ChartData, ChartModel, SeriesModel } from '../../charts/types.js';
import { chartWords } from '../../charts/words.js';
import extras from '../../i18n/extras.js';
import { customElement } from '../../internal/define.js';
import { IprElement, quote, type Problem } from '../../internal/ipr-element.js';
import { PrintController } from '../../internal/print.js';
import { renderCredit } from '../../internal/source-credit.js';
import { ViewportController } from '../../internal/viewport.js';
import { tokens } from '../../theme/tokens.js';
import { styles } from './chart.styles.js';

type Engine = typeof import('../../charts/engine.js');
let engine: Engine | undefined;
const loadEngine = () => fetchEngine().then((module) => (engine = module));

/** Detail of the `ipr-download` event. */
export interface IprDownloadDetail {
  readonly filename: string;
  readonly blob: Blob;
}

/**
 * A chart of the 2025 SPC and SPP work-report figures, or of your own data: title, subtitle, a
 * Chart.js canvas that reads as a sentence to screen readers, a data table, downloads as PNG and
 * CSV, and the source. Chart.js is fetched when the first chart comes near the viewport; a chart
 * more than two viewport heights away releases its Chart instance and canvas, keeping its box,
 * and draws again on coming back.
 *
 * @summary A sourced, accessible, lazily drawn chart.
 *
 * @slot - No-JS fallback text, shown until the element is defined; hidden after. A child
 *   `<script type="application/json">` holds your own chart: `title`, `subtitle`, `labels`,
 *   `series` (`[{label, values}]`), `unit`, `type` (`bar` | `line`), `indexAxis` (`x` | `y`),
 *   `source` (`{name, url}`).
 *
 * @csspart figure - The chart's box, a `<figure>`.
 * @csspart caption - The `<figcaption>` holding title and subtitle.
 * @csspart title - The title.
 * @csspart subtitle - What is counted, and how.
 * @csspart plot - The box the canvas fills; its aspect ratio reserves the space before drawing.
 * @csspart legend - Series names and the key to derived (hatched) values.
 * @csspart note - How a derived value was derived.
 * @csspart notice - A problem with the input that did not stop the chart.
 * @csspart toolbar - The Data, PNG and CSV buttons.
 * @csspart button - Each toolbar button.
 * @csspart table - The box of the data table.
 * @csspart source - The source line.
 * @csspart error - The error state, shown instead of the chart when input is bad.
 * @csspart fallback - Your own chart's text with a short notice, shown instead of the error state
 *   when your data is missing or unusable and the tag holds text besides it.
 *
 * @cssprop [--ipr-font=system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font family, on the canvas too.
 * @cssprop [--ipr-font-size=16px] - Base font size.
 * @cssprop [--ipr-text=light-dark(#16191f, #eceef2)] - Text colour; values on the canvas.
 * @cssprop [--ipr-muted=light-dark(#545b68, #a9b0bc)] - Secondary text; axis ticks.
 * @cssprop [--ipr-accent=light-dark(#1d5bbf, #8db7ff)] - Links, buttons, and the first series.
 * @cssprop [--ipr-negative=light-dark(#b3261e, #ff9a8f)] - Errors and notices.
 * @cssprop [--ipr-surface=light-dark(#ffffff, #17191e)] - Background, also of the PNG.
 * @cssprop [--ipr-border=light-dark(#d9dde4, #353a44)] - Borders and grid lines.
 * @cssprop [--ipr-radius=12px] - Corner radius.
 * @cssprop [--ipr-chart-1=var(--ipr-accent)] - Colour of the first series. Any series token set to `currentColor` takes the text colour (`--ipr-text`).
 * @cssprop [--ipr-chart-2=light-dark(#b4540a, #ffb061)] - Colour of the second series.
 * @cssprop [--ipr-chart-3=light-dark(#6b3fa0, #c9a7f5)] - Colour of the third series.
 * @cssprop [--ipr-chart-4=light-dark(#0f766e, #5eead4)] - Colour of the fourth series.
 * @cssprop [--ipr-chart-aspect-ratio=16 / 9] - Width to height of the plot (4 / 3 below 480 px).
 *
 * @event {Event} ipr-ready - The chart has drawn (again, after a reconnect, or on coming back near the viewport after it was released far from it).
 * @event {CustomEvent<IprErrorDetail>} ipr-error - Input was bad; `detail` is `{code, message}`. The chart shows its error state or a notice.
 * @event {CustomEvent<IprDownloadDetail>} ipr-download - A PNG or CSV is about to download; `detail` is `{filename, blob}`. Cancel it to save the file your own way.
 */
@customElement('ipr-chart')
export class IprChart extends IprElement {
  static override styles = [tokens, styles];

  /** How many Chart.js instances are alive, across every chart on the page (for leak checks). */
  static get liveCharts(): number {
    return engine?.liveCharts() ?? 0;
  }

  /**
   * Id of a bundled chart: `punitive-damages-trend`, `prosecutions-trend`, `cases-concluded-trend`,
   * `growth-comparison`. Typed to these ids for TypeScript; an unknown id set from HTML shows the error state.
   */
  @property() chart?: ChartId;

  /** Your own chart as an object, instead of a child `<script type="application/json">`. */
  @property({ attribute: false }) data?: ChartData;

  @state() private tableOpen = false;
  private model?: ChartModel;
  /** The table's values, formatted the first time the table is shown. */
  private cells?: Map<SeriesModel, string[]>;
  private readonly print = new PrintController(this);
  /** Fetches Chart.js when the chart first comes near; then releases and redraws it with distance. */
  private readonly viewport = new ViewportController(this, {
    near: () => void this.attachEngine(),
    far: (far) => this.controller?.release(far),
  });
  private notices: Problem[] = [];
  private inputs: unknown[] = [];
  private cached: Problem[] = [];
  private failure?: string;
  /** A chunk the chart needs that did not load (twice): the error state, for the page's life. */
  private unloadedPart?: string;
  private controller?: ChartController;
  private childObserver?: MutationObserver;

  /** The chart in words, as screen readers hear it. */
  get summary(): string {
    return this.model?.summary ?? '';
  }

  /** The Chart.js instance while one is drawn; for inspection, not for changing the chart. */
  get chartInstance(): ChartController['chart'] {
    return this.controller?.chart;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An author's JSON may be added or edited after the element upgraded.
    this.childObserver ??= new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  private attachEngine(): Promise<unknown> {
    return loadEngine().then(
      (module) => {
        this.controller ??= new module.ChartController(this, {
          model: () => this.model,
          locale: () => this.locale,
          ready: () => this.dispatchEvent(new Event('ipr-ready', { bubbles: true, composed: true })),
          failed: (detail) => {
            this.failure = quote(detail);
            this.tableOpen = true;
          },
          unloaded: (detail) => this.unloaded(detail),
        });
        this.viewport.track();
      },
      (error) => this.unloaded(String(error)),
    );
  }

  protected validate(): Problem[] {
    const id = this.chart?.trim();
    const script = this.querySelector(':scope > script[type="application/json"]');
    const input = id ? undefined : (this.data ?? script?.textContent ?? undefined);
    let after = '';
    for (let node = script?.nextSibling; node; node = node.nextSibling) after += node.textContent;
    const inputs = [id, input, after, this.locale, this.t, this.failure, this.unloadedPart];
    // A copy: the caller adds its own problems (an unknown theme) to the list.
    if (inputs.every((v, i) => v === this.inputs[i])) return [...this.cached];
    this.inputs = inputs;
    this.cached = this.build(id, input, after);
    this.cells = undefined;
    if (this.failure) this.cached.push({ code: 'chart-failed', detail: this.failure, fatal: false });
    if (this.unloadedPart) this.cached.push({ code: 'load-failed', detail: this.unloadedPart, fatal: true });
    this.notices = this.cached.filter((p) => !p.fatal);
    return [...this.cached];
  }

  private build(id: string | undefined, input: unknown, after: string): Problem[] {
    this.model = undefined;
    const context = { t: this.t, locale: this.locale, lang: this.lang2 };
    if (id) {
      if (!isChartId(id)) return [{ code: 'unknown-chart', detail: quote(id), fatal: true }];
      this.model = bundledModel(id, context);
      return [];
    }
    if (input === undefined || (typeof input === 'string' && !input.trim())) {
      return [{ code: 'missing-chart', detail: '', fatal: true }];
    }
    const { chart, problems } = parseAuthorChart(input, after);
    if (chart) this.model = authorModel(chart, context);
    return problems;
  }

  protected renderContent(): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    const { t } = this;
    const w = chartWords(this.lang2);
    const derived = model.series.some((s) => s.derived.includes(true));
    const many = model.series.length > 1;
    return html`<figure part="figure">
      <figcaption part="caption">
        <span class="title" part="title">${model.title}</span>
        ${model.subtitle ? html`<span class="subtitle" part="subtitle">${model.subtitle}</span>` : nothing}
      </figcaption>
      <div class="plot" part="plot">
        <canvas tabindex="0" role="img" aria-label=${model.summary} aria-describedby="keys"></canvas
        ><span class="watch" aria-hidden="true" @transitionend=${this.restyled}></span
        ><span class="sr-only" id="keys">${w.keys}</span><span class="sr-only" aria-live="polite"></span>
      </div>
      ${
        many || derived
          ? html`<ul class="legend" part="legend">
              ${
                many
                  ? model.series.map(
                      (s, i) => html`<li><span class="swatch s${i % 4}"></span>${s.label}</li>`,
                    )
                  : nothing
              }
              ${derived ? html`<li><span class="swatch derived"></span>≈ ${w.derivedKey}</li>` : nothing}
            </ul>`
          : nothing
      }
      ${model.notes.map((note) => html`<p class="note" part="note">${note}</p>`)}
      ${this.notices.map(
        (p) => html`<p class="notice" part="notice">${extras[this.lang2].errors[p.code](p.detail)}</p>`,
      )}
      <div class="toolbar" part="toolbar">
        <button
          type="button"
          part="button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="table"
          @click=${this.toggleTable}
        >
          ${w.data}
        </button>
        <button type="button" part="button" aria-label=${w.downloadPng} @click=${this.downloadPNG}>
          PNG
        </button>
        <button type="button" part="button" aria-label=${w.downloadCsv} @click=${this.downloadCSV}>
          CSV
        </button>
      </div>
      <div class="table" part="table" id="table" ?hidden=${!this.tableOpen}>
        ${this.tableOpen || this.print.printing ? this.renderTable(model) : nothing}
      </div>
      <p class="source" part="source">
        ${
          model.credits.length
            ? html`${t.source}${t.colon}${model.credits.map((c, i) =>
                renderCredit(c, t, i > 0 ? t.listSeparator : ''),
              )}`
            : t.sourceMissing
        }
      </p>
    </figure>`;
  }

  /**
   * An author's chart whose data is missing or unusable (a CMS stripped or mangled it) shows the
   * author's text, which is in the page for exactly this, rather than a message meant for them.
   */
  protected override renderError(problem: Problem): TemplateResult {
    const text = [...this.childNodes].some(
      (node) => !(node instanceof HTMLScriptElement) && node.textContent?.trim(),
    );
    // A JSON cut short by a raw </script> or swallowed by <!-- leaves its own tail as "text".
    const cut = problem.code === 'json-cut-short' || problem.code === 'json-comment-open';
    if (this.chart?.trim() || !text || cut) return super.renderError(problem);
    return html`<div class="fallback" part="fallback" data-code=${problem.code}>
      <p class="notice" part="notice">${extras[this.lang2].fallbackNotice}</p>
      <slot></slot>
    </div>`;
  }

  /** Rendered only while open or printed: a hidden table of every value would cost as much as the chart. */
  private renderTable(model: ChartModel): TemplateResult {
    const about = chartWords(this.lang2).about('');
    const cells = (this.cells ??= new Map(model.series.map((s) => [s, s.values.map(model.format)])));
    const cell = (s: SeriesModel, i: number) =>
      s.derived[i]
        ? html`<span aria-hidden="true">≈</span><span class="sr-only">${about}</span>${cells.get(s)![i]}`
        : cells.get(s)![i];
    return html`<table>
      <caption>
        ${model.title}
      </caption>
      <thead>
        <tr>
          <th scope="col">${model.categoryHeader}</th>
          ${model.series.map((s) => html`<th scope="col">${header(s.label, model.unit)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.labels.map(
          (label, i) =>
            html`<tr>
              <th scope="row">${label}</th>
              ${model.series.map((s) => html`<td>${cell(s, i)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private unloaded(detail: string): void {
    this.unloadedPart = quote(detail);
    this.requestUpdate();
  }

  /** A colour the canvas uses changed: render, so the controller paints it again. */
  private restyled(): void {
    this.requestUpdate();
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  /** The chart's data as CSV text: a header row, one row per label, notes, and the source. */
  toCSV(): string {
    return this.model ? toCSV(this.model, this.t, chartWords(this.lang2).note) : '';
  }

  /** The chart as a PNG with its title and source, drawing it first if it was not yet near the viewport. */
  async toPNG(): Promise<Blob | undefined> {
    if (!this.model) return undefined;
    await this.attachEngine();
    await this.updateComplete;
    return this.controller?.toPNG();
  }

  private downloadCSV(): void {
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Chinese labels).
    this.download('csv', new Blob(['\uFEFF', this.toCSV()], { type: 'text/csv;charset=utf-8' }));
  }

  private async downloadPNG(): Promise<void> {
    const blob = await this.toPNG();
    if (blob) this.download('png', blob);
  }

  private download(extension: string, blob: Blob): void {
    const filename = `${this.model?.id ?? 'chart'}.${extension}`;
    const event = new CustomEvent<IprDownloadDetail>('ipr-download', {
      detail: { filename, blob },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ipr-chart': IprChart;
  }
  interface GlobalEventHandlersEventMap {
    'ipr-ready': Event;
    'ipr-download': CustomEvent<IprDownloadDetail>;
  }
}
