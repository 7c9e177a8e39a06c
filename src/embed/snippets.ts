import { CHARTS } from '../charts/bundled.js';
import { reportWords } from '../components/report/report-words.js';
import { figureOf } from '../data/index.js';
import en from '../i18n/en.js';
import { canonicalLocale, messageLang } from '../i18n/locale.js';
import zh from '../i18n/zh.js';
import { checkAuthorSpec, isAuthorSpec, type AuthorChartSpec } from './author-chart.js';
import { fallbackHtml, frameFallbackHtml } from './fallback-html.js';
import { periodText } from './fallback.js';
import { escapeHtml } from '../internal/escape.js';
import { checkBase, checkSpec, specAttributes, type WidgetSpec } from './spec.js';

/** The markup to paste for each way of embedding one widget. */
export interface EmbedSnippets {
  /**
   * ES module script, then the tag with the widget's email-safe markup (`fallbackHtml`) inside,
   * its chart images in `<noscript>`: a module runs after the page is parsed, and an image in the
   * markup would be downloaded before the widget replaces it.
   */
  readonly module: string;
  /**
   * The classic-script build, parser-blocking, then the tag with the markup inside, images as they
   * are: the widget is defined before the tag is parsed, so a live page never downloads the image,
   * and an email or feed made from the same paste shows it. One paste for a newsletter's email and
   * its web version.
   */
  readonly classic: string;
  /**
   * A `<div>` holding an iframe of `embed.html` (a block, full width) and, beside it, the
   * widget's text with its sources and a link to the figure (`data-ipr-fallback`, hidden by the
   * resizer once the frame reports its height); then the script that sizes the frame.
   */
  readonly iframe: string;
  /** The markup alone, for an email or a feed: no script, no tag; the chart images come from `base`. */
  readonly email: string;
}

/** The snippets of an author's own chart: `embed.html` shows bundled widgets only, so no iframe. */
export type AuthorChartSnippets = Pick<EmbedSnippets, 'module' | 'classic'>;

export { escapeHtml };

/** A height that fits the widget at a usual column width, for hosts where the resizer cannot run. */
const HEIGHTS = { 'stat-card': 280, chart: 600, report: 3000 } as const;

/** The iframe's accessible name: what the widget shows. */
function frameTitle(spec: WidgetSpec): string {
  const locale = canonicalLocale(spec.lang) ?? 'en';
  const lang = messageLang(locale);
  const t = lang === 'zh' ? zh : en;
  if (spec.el === 'chart') return CHARTS[spec.chart]({ t, locale, lang }).title;
  if (spec.el === 'report') return reportWords(lang).headline;
  const figure = figureOf(spec.metric, spec.period);
  return `${t.metric[spec.metric]}${figure ? t.parens(periodText(spec.metric, figure.period, t)) : ''}`;
}

/** The query of `embed.html` for a spec, with `id`. */
export function embedQuery(spec: WidgetSpec, id?: string): string {
  const params = new URLSearchParams([['el', spec.el], ...specAttributes(spec)]);
  if (id) params.set('id', id);
  return params.toString();
}

/**
 * Copy-paste markup for one widget in each channel. `base` is the http(s) address of the `dist/`
 * folder where the files are served. Every snippet carries the fallback: the module and classic
 * ones the email-safe markup inside the tag (the module's chart images in `<noscript>`), the
 * iframe its text beside the frame. The spec is
 * checked by the embed page's rules and an author's chart data by the chart's: anything else
 * throws an `InvalidSpecError`, since what comes out is pasted into pages as markup. An
 * author's JSON is written with `<` as `\u003c`, so it cannot close its `<script>`.
 */
export function embedSnippets(spec: WidgetSpec, base: string): EmbedSnippets;
export function embedSnippets(spec: AuthorChartSpec, base: string): AuthorChartSnippets;
export function embedSnippets(
  spec: WidgetSpec | AuthorChartSpec,
  base: string,
): EmbedSnippets | AuthorChartSnippets {
  const root = checkBase(base);
  const scripts = {
    module: `<script type="module" src="${escapeHtml(`${root}ip-report-widgets.js`)}"></script>`,
    classic: `<script src="${escapeHtml(`${root}ip-report-widgets.iife.js`)}"></script>`,
  };
  const markup = (tag: string, attributes: [string, string][], inner: string) =>
    `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}>\n${inner}\n</${tag}>`;
  if (isAuthorSpec(spec)) {
    const { json, text, attributes } = checkAuthorSpec(spec);
    const element = markup(
      'ipr-chart',
      attributes,
      `  <script type="application/json">\n    ${json}\n  </script>\n  ${escapeHtml(text)}`,
    );
    return { module: `${scripts.module}\n${element}`, classic: `${scripts.classic}\n${element}` };
  }
  const checked = checkSpec(spec);
  const email = fallbackHtml(checked, { base: root });
  const tag = (inner: string) => markup(`ipr-${checked.el}`, specAttributes(checked), `  ${inner}`);
  const id = `ipr-${checked.el === 'stat-card' ? checked.metric : checked.el === 'chart' ? checked.chart : 'report'}`;
  const src = `${root}embed.html?${embedQuery(checked, id)}`;
  return {
    module: `${scripts.module}\n${tag(fallbackHtml(checked, { base: root, noscriptImages: true }))}`,
    classic: `${scripts.classic}\n${tag(email)}`,
    // A block around the frame, so block themes put it in their text column; the fallback beside
    // the frame, not inside it, so a feed that drops iframes keeps it.
    iframe:
      `<div>\n  <iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle(checked))}" width="100%" ` +
      `height="${HEIGHTS[checked.el]}" frameborder="0" loading="lazy" style="display:block;width:100%;border:0"></iframe>\n` +
      `  ${frameFallbackHtml(checked, src)}\n</div>\n` +
      `<script src="${escapeHtml(`${root}ip-report-widgets-resizer.js`)}" defer></script>`,
    email,
  };
}
