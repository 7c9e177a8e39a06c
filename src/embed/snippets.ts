import { CHARTS } from '../charts/bundled.js';
import { reportWords } from '../components/report/report-words.js';
import { figureOf } from '../data/index.js';
import en from '../i18n/en.js';
import { canonicalLocale, messageLang } from '../i18n/locale.js';
import zh from '../i18n/zh.js';
import { fallbackText } from './fallback.js';
import { specAttributes, type WidgetSpec } from './spec.js';

/** The markup to paste for each way of embedding one widget. */
export interface EmbedSnippets {
  /** ES module script, then the tag with its fallback text. */
  readonly module: string;
  /** The classic-script build, then the tag with its fallback text. */
  readonly classic: string;
  /** An iframe of `embed.html` (fallback text inside), then the script that sizes it. */
  readonly iframe: string;
}

/** Text safe inside an element or a double-quoted attribute (apostrophes stay readable). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

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
  return `${t.metric[spec.metric]}${figure ? t.parens(t.period(figure.period)) : ''}`;
}

/** The query of `embed.html` for a spec, with `id`. */
export function embedQuery(spec: WidgetSpec, id?: string): string {
  const params = new URLSearchParams([['el', spec.el], ...specAttributes(spec)]);
  if (id) params.set('id', id);
  return params.toString();
}

/**
 * Copy-paste markup for one widget in each channel. `base` is the address of the `dist/` folder
 * where the files are served (ending in `/`). Every snippet carries the fallback text.
 */
export function embedSnippets(spec: WidgetSpec, base: string): EmbedSnippets {
  const root = base.endsWith('/') ? base : `${base}/`;
  const tag = `ipr-${spec.el}`;
  const attrs = specAttributes(spec)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const text = escapeHtml(fallbackText(spec));
  const element = `<${tag}${attrs}>\n  ${text}\n</${tag}>`;
  const id = `ipr-${spec.el === 'stat-card' ? spec.metric : spec.el === 'chart' ? spec.chart : 'report'}`;
  const src = `${root}embed.html?${embedQuery(spec, id)}`;
  return {
    module: `<script type="module" src="${escapeHtml(`${root}ip-report-widgets.js`)}"></script>\n${element}`,
    classic: `<script src="${escapeHtml(`${root}ip-report-widgets.iife.js`)}" defer></script>\n${element}`,
    iframe:
      `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle(spec))}" width="100%" ` +
      `height="${HEIGHTS[spec.el]}" frameborder="0" loading="lazy">\n  ${text}\n</iframe>\n` +
      `<script src="${escapeHtml(`${root}ip-report-widgets-resizer.js`)}" defer></script>`,
  };
}
