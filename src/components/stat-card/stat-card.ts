import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isMetricId } from '../../data/metrics.js';
import { figureOf } from '../../data/index.js';
import type { Figure, MetricId } from '../../data/types.js';
import { formatChange, formatNumber, formatValue, type Notation } from '../../format/index.js';
import { IprElement, quote, type Problem } from '../../internal/ipr-element.js';
import { creditsFor, renderCredit, type Credit } from '../../internal/source-credit.js';
import { safeHttpUrl } from '../../internal/url.js';
import { tokens } from '../../theme/tokens.js';
import { styles } from './stat-card.styles.js';

interface CardView {
  readonly value: number;
  readonly text: string;
  readonly approx: boolean;
  readonly label: string;
  readonly period: string;
  readonly change?: {
    readonly direction: 'up' | 'down' | 'flat';
    readonly text: string;
    readonly against: string;
    readonly approx: boolean;
  };
  readonly notes: readonly { readonly text: string; readonly warning?: boolean }[];
  readonly credits: readonly Credit[];
}

function changeView(percent: number, locale: string, against = '', approx = false): CardView['change'] {
  return {
    direction: percent > 0 ? 'up' : percent < 0 ? 'down' : 'flat',
    text: formatChange(percent, locale),
    against,
    approx,
  };
}

/** Parses an attribute as a finite number: `undefined` when absent, `NaN` when not a number. */
function numberAttribute(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim().replace(/[,_\s]/g, ''));
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * One figure of the 2025 SPC and SPP work reports, or one of your own: a big number, what it
 * counts, its period, the change on the previous period and the source it comes from.
 *
 * @summary A sourced, accessible card for one figure.
 *
 * @slot - No-JS fallback text, shown until the element is defined; hidden after.
 *
 * @csspart card - The card's box.
 * @csspart period - The period line above the number.
 * @csspart value - The `<data>` element holding the number.
 * @csspart label - What the number counts.
 * @csspart change - The change on the previous period.
 * @csspart note - A note: derivation, rounding or a caveat.
 * @csspart source - The source line.
 * @csspart error - The error state, shown instead of the card when input is bad.
 *
 * @cssprop [--ipr-font=system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font family.
 * @cssprop [--ipr-font-size=16px] - Base font size; everything scales from it.
 * @cssprop [--ipr-text=light-dark(#16191f, #eceef2)] - Text colour.
 * @cssprop [--ipr-muted=light-dark(#545b68, #a9b0bc)] - Secondary text colour.
 * @cssprop [--ipr-accent=light-dark(#1d5bbf, #8db7ff)] - Accent: top rule and links.
 * @cssprop [--ipr-positive=light-dark(#12703a, #7ad99a)] - Colour of a rise.
 * @cssprop [--ipr-negative=light-dark(#b3261e, #ff9a8f)] - Colour of a fall and of errors.
 * @cssprop [--ipr-surface=light-dark(#ffffff, #17191e)] - Background.
 * @cssprop [--ipr-border=light-dark(#d9dde4, #353a44)] - Border colour.
 * @cssprop [--ipr-radius=12px] - Corner radius.
 *
 * @event {CustomEvent<IprErrorDetail>} ipr-error - Input was bad; `detail` is `{code, message}`. The card shows its error state or a fallback.
 */
export class IprStatCard extends IprElement {
  static override styles = [tokens, styles];

  static override properties: PropertyDeclarations = {
    metric: {},
    period: {},
    notation: {},
    hideChange: { type: Boolean, attribute: 'hide-change' },
    hideSource: { type: Boolean, attribute: 'hide-source' },
    value: {},
    label: {},
    change: {},
    sourceName: { attribute: 'source-name' },
    sourceUrl: { attribute: 'source-url' },
  };

  /**
   * Id of a bundled figure, such as `punitive-damages-cases`. Typed to the bundled ids for TypeScript;
   * an unknown id set from HTML shows the error state.
   */
  metric?: MetricId;

  /** For a bundled metric, the period to show (default: the latest); for your own figure, its period. */
  period?: string;

  /** `standard` (494,000) or `compact` (494K, 49.4万). */
  notation: Notation = 'standard';

  /** Hides the change on the previous period. */
  hideChange = false;

  /** Hides the source line. */
  hideSource = false;

  /** Your own figure: the number. */
  value?: string;

  /** Your own figure: what the number counts. */
  label?: string;

  /** Your own figure: change on the previous period, in percent (`12.5` for +12.5 %). */
  change?: string;

  /** Your own figure: who published it. */
  sourceName?: string;

  /** Your own figure: an http(s) link to the source. */
  sourceUrl?: string;

  private view?: CardView;

  protected validate(_changed: PropertyValues<this>): Problem[] {
    const problems: Problem[] = [];
    const notation = String(this.notation ?? 'standard').toLowerCase();
    if (notation !== 'standard' && notation !== 'compact') {
      problems.push({ code: 'invalid-notation', detail: quote(this.notation), fatal: false });
    }
    const compact: Notation = notation === 'compact' ? 'compact' : 'standard';
    const metric = this.metric?.trim();
    this.view = undefined;
    if (metric) {
      if (!isMetricId(metric)) {
        problems.push({ code: 'unknown-metric', detail: quote(metric), fatal: true });
        return problems;
      }
      const period = this.period?.trim() || undefined;
      const figure = figureOf(metric, period);
      if (!figure) {
        problems.push({ code: 'unknown-period', detail: quote(`${metric} ${period}`), fatal: true });
        return problems;
      }
      this.view = this.bundledView(metric, figure, compact);
      return problems;
    }
    const value = numberAttribute(this.value);
    if (value === undefined) {
      problems.push({ code: 'missing-metric', detail: '', fatal: true });
      return problems;
    }
    if (Number.isNaN(value)) {
      problems.push({ code: 'invalid-value', detail: quote(this.value), fatal: true });
      return problems;
    }
    const change = numberAttribute(this.change);
    if (Number.isNaN(change))
      problems.push({ code: 'invalid-change', detail: quote(this.change), fatal: false });
    const href = safeHttpUrl(this.sourceUrl);
    if (this.sourceUrl && !href)
      problems.push({ code: 'invalid-url', detail: quote(this.sourceUrl), fatal: false });
    this.view = this.authorView(value, change, href, compact);
    return problems;
  }

  private bundledView(metric: MetricId, figure: Figure, notation: Notation): CardView | undefined {
    const { locale, t, extras } = this;
    const key = `${metric}/${figure.period}`;
    const derived = figure.kind === 'derived';
    const change = figure.change;
    const derivedChange =
      change?.kind === 'derived' && change.from && !this.hideChange ? change.from : undefined;
    const notes: { text: string; warning?: boolean }[] = [];
    if (figure.caveat || figure.derivation || derivedChange) {
      if (!extras) {
        this.needExtras();
        return undefined;
      }
      const caveat = extras.figureNote[key];
      if (caveat) notes.push({ text: caveat, warning: true });
      if (figure.derivation) notes.push({ text: extras.derivation(figure.derivation, locale) });
      if (derivedChange) {
        notes.push({
          text: extras.derivedChange(
            derivedChange.value,
            derivedChange.period,
            figure.value,
            figure.period,
            locale,
          ),
        });
      }
    }
    return {
      value: figure.value,
      text: formatValue(figure.value, figure.unit, locale, notation),
      approx: derived,
      label: t.metric[metric],
      period: t.periodLabel[key] ?? t.period(figure.period),
      change:
        change && changeView(change.percent, locale, t.against(change.against), change.kind === 'derived'),
      notes,
      credits: creditsFor(figure.sources, t, locale),
    };
  }

  private authorView(
    value: number,
    change: number | undefined,
    href: string | undefined,
    notation: Notation,
  ): CardView {
    const { locale, t } = this;
    const name = this.sourceName?.trim();
    return {
      value,
      text: formatNumber(value, locale, notation),
      approx: false,
      label: this.label?.trim() ?? '',
      period: this.period?.trim() ? t.period(this.period.trim()) : '',
      change: change === undefined || Number.isNaN(change) ? undefined : changeView(change, locale),
      notes: [],
      credits: name ? [{ name, href }] : [],
    };
  }

  protected renderContent(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const { t } = this;
    const change = view.change;
    const arrow = change ? { up: '▲', down: '▼', flat: '▶' }[change.direction] : '';
    return html`<div class="card" part="card" role="group" aria-labelledby="label">
      ${view.period ? html`<p class="period" part="period">${view.period}</p>` : nothing}
      <p class="value ${view.text.length > 9 ? 'long' : ''}">
        ${
          view.approx
            ? html`<span class="approx" aria-hidden="true">≈</span
                ><span class="sr-only">${`${t.approx} `}</span>`
            : nothing
        }<data part="value" value=${String(view.value)}>${view.text}</data>
      </p>
      <p class="label" part="label" id="label">${view.label}</p>
      ${
        change && !this.hideChange
          ? html`<p class="change ${change.direction}" part="change">
              <span aria-hidden="true">${arrow}</span>
              <span class="sr-only">${t[change.direction]}</span>
              ${
                change.approx
                  ? html`<span aria-hidden="true">≈</span><span class="sr-only">${`${t.approx} `}</span>`
                  : nothing
              }${change.text}
              ${change.against}
            </p>`
          : nothing
      }
      ${view.notes.map(
        (note) => html`<p class="note ${note.warning ? 'warning' : ''}" part="note">${note.text}</p>`,
      )}
      ${this.hideSource ? nothing : this.renderSource(view.credits)}
    </div>`;
  }

  private renderSource(credits: readonly Credit[]): TemplateResult {
    const { t } = this;
    if (credits.length === 0) return html`<p class="source" part="source">${t.sourceMissing}</p>`;
    return html`<p class="source" part="source">
      ${t.source}${t.colon}${credits.map((c, i) => html`${i > 0 ? t.listSeparator : ''}${renderCredit(c, t)}`)}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ipr-stat-card': IprStatCard;
  }
}
