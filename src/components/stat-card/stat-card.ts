import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { MetricId } from '../../data/types.js';
import type { Notation } from '../../format/index.js';
import { customElement } from '../../internal/define.js';
import { IprElement, type Problem } from '../../internal/ipr-element.js';
import { renderCredit, type Credit } from '../../internal/source-credit.js';
import { cardModel, type CardModel } from '../../models/card.js';
import { tokens } from '../../theme/tokens.js';
import { styles } from './stat-card.styles.js';

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
@customElement('ipr-stat-card')
export class IprStatCard extends IprElement {
  static override styles = [tokens, styles];

  /**
   * Id of a bundled figure, such as `punitive-damages-cases`. Typed to the bundled ids for TypeScript;
   * an unknown id set from HTML shows the error state.
   */
  @property() metric?: MetricId;

  /** For a bundled metric, the period to show (default: the latest); for your own figure, its period. */
  @property() period?: string;

  /** `standard` (494,000) or `compact` (494K, 49.4万). */
  @property() notation: Notation = 'standard';

  /** Hides the change on the previous period. */
  @property({ type: Boolean, attribute: 'hide-change' }) hideChange = false;

  /** Hides the source line. */
  @property({ type: Boolean, attribute: 'hide-source' }) hideSource = false;

  /** Your own figure: the number. */
  @property() value?: string;

  /** Your own figure: what the number counts. */
  @property() label?: string;

  /** Your own figure: change on the previous period, in percent (`12.5` for +12.5 %). */
  @property() change?: string;

  /** Your own figure: who published it. */
  @property({ attribute: 'source-name' }) sourceName?: string;

  /** Your own figure: an http(s) link to the source. */
  @property({ attribute: 'source-url' }) sourceUrl?: string;

  private view?: CardModel;

  protected validate(_changed: PropertyValues<this>): Problem[] {
    const { model, problems, needsExtras } = cardModel(this, {
      t: this.t,
      locale: this.locale,
      extras: this.extras,
    });
    if (needsExtras) this.needExtras();
    this.view = model;
    return problems;
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
      ${t.source}${t.colon}${credits.map((c, i) => renderCredit(c, t, i > 0 ? t.listSeparator : ''))}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ipr-stat-card': IprStatCard;
  }
}
