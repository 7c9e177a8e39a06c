import { CHARTS } from '../charts/bundled.js';
import { CHART_IMAGE, chartImageName } from '../charts/image.js';
import type { ChartId } from '../charts/ids.js';
import { reportWords } from '../components/report/report-words.js';
import { figureOf } from '../data/index.js';
import { SOURCES } from '../data/sources.js';
import type { Figure } from '../data/types.js';
import { formatChange, formatDate, formatValue, type Notation } from '../format/index.js';
import extras from '../i18n/extras.js';
import { creditsFor, type Credit } from '../internal/credits.js';
import { escapeHtml } from '../internal/escape.js';
import { REPORT_CHARTS, REPORT_METRICS, parseSections, sourceLines } from '../models/report.js';
import { fallbackParts, figureNotes, joinSentences, periodText, wordsFor, type Words } from './fallback.js';
import { checkBase, checkLang, checkSpec, type WidgetSpec } from './spec.js';

/** What `fallbackHtml` needs besides the widget. */
export interface FallbackHtmlOptions {
  /** The http(s) address of the served `dist/` folder: the chart images are under its `img/`. */
  readonly base: string;
  /** A BCP 47 language tag; default the spec's `lang`, else English. */
  readonly lang?: string;
  /**
   * Each chart image inside `<noscript>`, so a page whose script runs never downloads it (the
   * ES module snippet). Readers without scripts still get it where `<noscript>` is kept; feed
   * sanitisers such as DOMPurify drop it with its content. Default `false`.
   */
  readonly noscriptImages?: boolean;
}

/*
 * Inline styles only, with properties that email clients apply and that WordPress's kses keeps
 * for authors (safecss_filter_attr has no display, no colour functions, no parentheses or quotes):
 * colours in hex, font names unquoted. The light look of the widgets, with its own background, so
 * a dark reader or host still gets dark text on white.
 */
const C = { text: '#16191f', muted: '#545b68', accent: '#1d5bbf', surface: '#ffffff', border: '#d9dde4' };
const FONT =
  'font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,PingFang SC,Microsoft YaHei,Noto Sans CJK SC,sans-serif';
const S = {
  box: `margin:0 0 16px;padding:16px;border:1px solid ${C.border};border-radius:12px;background-color:${C.surface};color:${C.text};max-width:600px;${FONT};font-size:16px;line-height:1.45;text-align:left`,
  report: `margin:0 0 16px;padding:0;max-width:600px;background-color:${C.surface};color:${C.text};${FONT};font-size:16px;line-height:1.45;text-align:left`,
  small: `margin:0;font-size:14px;color:${C.muted}`,
  value: `margin:4px 0 0;font-size:40px;font-weight:700;line-height:1.1;color:${C.text}`,
  label: `margin:4px 0 0;font-size:17px;font-weight:600;color:${C.text}`,
  change: `margin:8px 0 0;font-size:15px;color:${C.text}`,
  note: `margin:8px 0 0;font-size:14px;color:${C.muted}`,
  subtitle: `margin:4px 0 0;font-size:14px;color:${C.muted}`,
  caveat: `margin:8px 0 0;padding:0 0 0 8px;border-left:4px solid #b3261e;font-size:14px;color:${C.text}`,
  source: `margin:12px 0 0;font-size:14px;color:${C.muted}`,
  link: `color:${C.accent};text-decoration:underline`,
  title: `margin:0;font-size:18px;font-weight:700;line-height:1.3;color:${C.text}`,
  image: `width:100%;max-width:${CHART_IMAGE.width}px;height:auto;margin:12px 0 0;border:0`,
  eyebrow: `margin:0;font-size:14px;font-weight:600;color:${C.accent}`,
  headline: `margin:4px 0 0;font-size:26px;font-weight:700;line-height:1.25;color:${C.text}`,
  dek: `margin:8px 0 0;font-size:16px;color:${C.muted}`,
  heading: `margin:24px 0 12px;font-size:20px;font-weight:700;line-height:1.3;color:${C.text}`,
  list: 'margin:0;padding:0 0 0 24px',
  item: 'margin:0 0 8px',
} as const;

/** An element with a style from `S` and inner markup that is already escaped. */
const el = (tag: string, style: string, inner: string, attrs = '') =>
  `<${tag}${attrs} style="${style}">${inner}</${tag}>`;
const p = (style: string, text: string) => el('p', style, escapeHtml(text));
const link = (href: string, text: string) => el('a', S.link, escapeHtml(text), ` href="${escapeHtml(href)}"`);
/** A link in the host's own link style (beside a frame, on the host page). */
const hostLink = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/** "Up 44.2% vs 2023", "较2023年上升44.2%": the direction in words, not in colour or an arrow. */
function changeWords(figure: Figure, w: Words): string {
  const change = figure.change!;
  const { t, locale } = w;
  const against = t.against(t.period(change.against));
  const direction = change.percent > 0 ? t.up : change.percent < 0 ? t.down : t.flat;
  if (change.percent === 0) return w.lang === 'zh' ? `${against}${direction}` : `${direction} ${against}`;
  const amount = `${change.kind === 'derived' ? '≈' : ''}${formatChange(Math.abs(change.percent), locale).replace('+', '')}`;
  return w.lang === 'zh' ? `${against}${direction}${amount}` : `${direction} ${amount} ${against}`;
}

/** "Source: <a>name</a> (date), via …" as inner markup, the name linked, never a bare address. */
function sourceInner(credits: readonly Credit[], w: Words, linked = link): string {
  const { t } = w;
  if (credits.length === 0) return escapeHtml(t.sourceMissing);
  const list = credits.map(
    (c) =>
      `${c.href ? linked(c.href, c.name) : escapeHtml(c.name)}${escapeHtml(
        `${c.date ? t.parens(c.date) : ''}${c.via ? `${t.comma}${t.via(c.via)}` : ''}`,
      )}`,
  );
  return `${escapeHtml(`${t.source}${t.colon}`)}${list.join(escapeHtml(t.listSeparator))}`;
}

/** The source line of a card or chart. */
const sourceLine = (credits: readonly Credit[], w: Words) => el('p', S.source, sourceInner(credits, w));

/** One figure as the card shows it: period, the number large, label, change, notes, source. */
function cardHtml(figure: Figure, notation: Notation, w: Words, attrs = ''): string {
  const caveat = extras[w.lang].figureNote[`${figure.metric}/${figure.period}`];
  const notes = figureNotes(figure, w).map((note) => p(note === caveat ? S.caveat : S.note, note));
  return el(
    'div',
    S.box,
    [
      p(S.small, periodText(figure.metric, figure.period, w.t)),
      p(
        S.value,
        `${figure.kind === 'derived' ? '≈' : ''}${formatValue(figure.value, figure.unit, w.locale, notation)}`,
      ),
      p(S.label, w.t.metric[figure.metric]),
      figure.change ? p(S.change, changeWords(figure, w)) : '',
      ...notes,
      sourceLine(creditsFor(figure.sources, w.t, w.locale), w),
    ].join(''),
    attrs,
  );
}

/** One chart: title, subtitle, its static image (alt: the chart in words), notes and source. */
function chartHtml(chart: ChartId, root: string, w: Words, noscript: boolean, attrs = ''): string {
  const model = CHARTS[chart]({ t: w.t, locale: w.locale, lang: w.lang });
  const src = `${root}img/${chartImageName(chart, w.lang, 'light', 1)}`;
  const image =
    `<img src="${escapeHtml(src)}" alt="${escapeHtml(model.summary)}" width="${CHART_IMAGE.width}" ` +
    `height="${CHART_IMAGE.height}" loading="lazy" style="${S.image}">`;
  const shown = noscript ? `<noscript>${image}</noscript>` : image;
  return el(
    'div',
    S.box,
    [
      p(S.title, model.title),
      model.subtitle ? p(S.subtitle, model.subtitle) : '',
      shown,
      ...model.notes.map((note) => p(S.note, note)),
      sourceLine(model.credits, w),
    ].join(''),
    attrs,
  );
}

/** The report: headline, figures, charts, takeaways and sources, as many as `sections` shows. */
function reportHtml(
  sectionsValue: string | undefined,
  root: string,
  w: Words,
  noscript: boolean,
  attrs: string,
): string {
  const { sections } = parseSections(sectionsValue);
  const rw = reportWords(w.lang);
  const parts: string[] = [];
  if (sections.includes('headline')) {
    parts.push(
      p(S.eyebrow, rw.eyebrow),
      el('h2', S.headline, escapeHtml(rw.headline)),
      p(S.dek, rw.dek(formatDate(SOURCES['spc-2025'].date, w.locale))),
    );
  }
  const heading = (text: string) => el('h3', S.heading, escapeHtml(text));
  if (sections.includes('stats')) {
    parts.push(heading(rw.stats), ...REPORT_METRICS.map((m) => cardHtml(figureOf(m)!, 'standard', w)));
  }
  if (sections.includes('charts')) {
    parts.push(heading(rw.charts), ...REPORT_CHARTS.map((c) => chartHtml(c, root, w, noscript)));
  }
  if (sections.includes('takeaways')) {
    const items = rw.items.map((item) =>
      el('li', S.item, `<strong>${escapeHtml(item.title)}</strong> ${escapeHtml(item.text)}`),
    );
    parts.push(heading(rw.takeaways), el('ol', S.list, items.join('')));
  }
  if (sections.includes('sources')) {
    const items = sourceLines(sections, w.t, w.lang, w.locale, rw).map((line) =>
      el(
        'li',
        `${S.item};font-size:14px`,
        `<strong>${escapeHtml(line.publisher)}</strong>${escapeHtml(line.details)}${
          line.href && line.host ? link(line.href, line.host) : escapeHtml(rw.noLink)
        }`,
      ),
    );
    parts.push(heading(rw.sources), el('ul', S.list, items.join('')));
  }
  return el('div', S.report, parts.join(''), attrs);
}

/**
 * The no-JS markup of a bundled widget, for places where scripts never run (email, feed readers,
 * sanitised CMS content): block elements with inline styles only (no `<style>`, class, custom
 * property, flex or grid), the figure large with its label, period, change in words, notes and
 * caveats, sources as links with short text; a chart as its static image from `dist/img/` (600 ×
 * 400, `alt` the chart in words); the report with its headline, figures, charts, takeaways and
 * sources, as many as `sections` shows. Every text is escaped. Throws an `InvalidSpecError` for a
 * spec the embed page would refuse or a `base` that is not an http(s) address.
 */
export function fallbackHtml(given: WidgetSpec, options: FallbackHtmlOptions): string {
  const spec = checkSpec(given);
  const opts: Partial<FallbackHtmlOptions> = typeof options === 'object' && options !== null ? options : {};
  const root = checkBase(opts.base);
  const w = wordsFor(opts.lang === undefined ? spec.lang : checkLang(opts.lang));
  const lang = ` lang="${escapeHtml(w.locale)}"`;
  if (spec.el === 'stat-card') {
    const figure = figureOf(spec.metric, spec.period);
    return figure ? cardHtml(figure, spec.notation ?? 'standard', w, lang) : '';
  }
  const noscript = opts.noscriptImages === true;
  return spec.el === 'chart'
    ? chartHtml(spec.chart, root, w, noscript, lang)
    : reportHtml(spec.sections, root, w, noscript, lang);
}

/** The link beside a frame's fallback, to the figure on its own page. */
const OWN_PAGE = { en: 'Open the figure on its own page', zh: '在单独页面中打开此数据' } as const;

/**
 * The fallback the iframe snippet puts beside its frame, in the host's own colours and font:
 * one paragraph marked `data-ipr-fallback` with the widget's text (as `fallbackText` says it), its
 * sources as links, and a link to `href`, the figure on its own page. Feeds that drop the frame
 * keep it; the resizer hides it once the frame reports its height. `spec` must be checked.
 */
export function frameFallbackHtml(spec: WidgetSpec, href: string): string {
  const w = wordsFor(spec.lang);
  const parts = fallbackParts(spec, w);
  const gap = w.lang === 'zh' ? '' : ' ';
  const stop = w.lang === 'zh' ? '。' : '.';
  const inner = [
    escapeHtml(joinSentences(parts.sentences, w)),
    `${sourceInner(parts.credits, w, hostLink)}${escapeHtml(stop)}`,
    `${hostLink(href, OWN_PAGE[w.lang])}${escapeHtml(stop)}`,
  ].join(gap);
  return el(
    'p',
    'margin:8px 0 0;font-size:14px;line-height:1.45',
    inner,
    ` data-ipr-fallback lang="${escapeHtml(w.locale)}"`,
  );
}
