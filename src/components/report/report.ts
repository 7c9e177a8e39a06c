import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SOURCES } from '../../data/sources.js';
import { formatDate } from '../../format/index.js';
import { customElement } from '../../internal/define.js';
import { IprElement, quote, type Problem } from '../../internal/ipr-element.js';
import { tokens } from '../../theme/tokens.js';
import { reportWords } from './report-words.js';
import { styles } from './report.styles.js';
import {
  parseSections,
  REPORT_CHARTS,
  REPORT_METRICS,
  sourceLines,
  type ReportSection,
  type SourceLine,
} from '../../models/report.js';

/**
 * The whole story of the 2025 SPC and SPP work reports on IP enforcement in one embed: a
 * headline, the four 2024 figures as stat cards, the punitive-damages trend and the growth
 * comparison as charts, the four takeaways, and every source. A grid that follows the width of
 * its column (container queries): one column when narrow, cards and charts side by side when wide.
 *
 * @summary The full report: headline, figures, charts, takeaways and sources.
 *
 * @slot - No-JS fallback text, shown until the element is defined; hidden after.
 *
 * @csspart report - The report's box, an `<article>`.
 * @csspart header - Eyebrow, headline and standfirst.
 * @csspart headline - The headline.
 * @csspart stats - The grid of stat cards.
 * @csspart charts - The grid of charts.
 * @csspart takeaways - The list of takeaways.
 * @csspart sources - The list of sources.
 * @csspart heading - Each section's heading.
 *
 * @cssprop [--ipr-font=system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font family, passed on to the cards and charts.
 * @cssprop [--ipr-font-size=16px] - Base font size.
 * @cssprop [--ipr-text=light-dark(#16191f, #eceef2)] - Text colour.
 * @cssprop [--ipr-muted=light-dark(#545b68, #a9b0bc)] - Secondary text colour.
 * @cssprop [--ipr-accent=light-dark(#1d5bbf, #8db7ff)] - Accent: rules, numbers of the takeaways, links.
 * @cssprop [--ipr-surface=light-dark(#ffffff, #17191e)] - Background.
 * @cssprop [--ipr-border=light-dark(#d9dde4, #353a44)] - Border colour.
 * @cssprop [--ipr-radius=12px] - Corner radius.
 * @cssprop [--ipr-report-gap=1em] - Space between the cards and charts.
 *
 * @event {CustomEvent<IprErrorDetail>} ipr-error - Input was bad (an unknown name in `sections`); `detail` is `{code, message}`. The report leaves it out.
 */
@customElement('ipr-report')
export class IprReport extends IprElement {
  static override styles = [tokens, styles];

  /** Which parts to show, separated by spaces: `headline stats charts takeaways sources` (default: all). */
  @property() sections?: string;

  private shown: readonly ReportSection[] = [];

  protected validate(): Problem[] {
    const { sections, unknown } = parseSections(this.sections);
    this.shown = sections;
    return unknown.length
      ? [{ code: 'invalid-sections', detail: quote(unknown.join(' ')), fatal: false }]
      : [];
  }

  protected renderContent(): TemplateResult {
    const w = reportWords(this.lang2);
    const has = (s: ReportSection) => this.shown.includes(s);
    const lang = this.locale;
    const theme = this.resolvedTheme;
    // One shape for every titled part: a section labelled by its own heading.
    const section = (name: ReportSection, title: string, body: TemplateResult) =>
      has(name)
        ? html`<section aria-labelledby="h-${name}">
            <h3 id="h-${name}" part="heading">${title}</h3>
            ${body}
          </section>`
        : nothing;
    return html`<article part="report" aria-labelledby=${has('headline') ? 'headline' : nothing}>
      ${
        has('headline')
          ? html`<header part="header">
              <p class="eyebrow">${w.eyebrow}</p>
              <h2 id="headline" part="headline">${w.headline}</h2>
              <p class="dek">${w.dek(formatDate(SOURCES['spc-2025'].date, lang))}</p>
            </header>`
          : nothing
      }
      ${section(
        'stats',
        w.stats,
        html`<div class="grid stats" part="stats">
          ${REPORT_METRICS.map((m) => html`<ipr-stat-card metric=${m} lang=${lang} theme=${theme}></ipr-stat-card>`)}
        </div>`,
      )}
      ${section(
        'charts',
        w.charts,
        html`<div class="grid charts" part="charts">
          ${REPORT_CHARTS.map((c) => html`<ipr-chart chart=${c} lang=${lang} theme=${theme}></ipr-chart>`)}
        </div>`,
      )}
      ${section(
        'takeaways',
        w.takeaways,
        html`<ol class="takeaways" part="takeaways">
          ${w.items.map((item) => html`<li><strong>${item.title}</strong> ${item.text}</li>`)}
        </ol>`,
      )}
      ${section(
        'sources',
        w.sources,
        html`<ul class="sources" part="sources">
          ${sourceLines(this.shown, this.t, this.lang2, this.locale, w).map((line) => this.renderSource(line))}
        </ul>`,
      )}
    </article>`;
  }

  private renderSource(line: SourceLine): TemplateResult {
    const link = line.href
      ? html`<a href=${line.href} target="_blank" rel="noopener noreferrer"
          >${line.host}<span class="sr-only">${` ${this.t.newTab}`}</span></a
        >`
      : html`<span class="muted">${reportWords(this.lang2).noLink}</span>`;
    return html`<li><span class="publisher">${line.publisher}</span>${line.details}${link}</li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ipr-report': IprReport;
  }
}
