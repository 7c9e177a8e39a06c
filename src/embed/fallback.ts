import { CHARTS } from '../charts/bundled.js';
import { sourceText } from '../charts/export.js';
import { parseSections, REPORT_METRICS } from '../components/report/sections.js';
import { reportSources } from '../components/report/report-sources.js';
import { reportWords } from '../components/report/report-words.js';
import { figureOf } from '../data/index.js';
import { SOURCES } from '../data/sources.js';
import type { MetricId } from '../data/types.js';
import { formatChange, formatValue, type Notation } from '../format/index.js';
import en from '../i18n/en.js';
import extras from '../i18n/extras.js';
import { canonicalLocale, messageLang } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import zh from '../i18n/zh.js';
import { creditsFor } from '../internal/credits.js';
import type { WidgetSpec } from './spec.js';

interface Words {
  readonly t: Messages;
  readonly locale: string;
  readonly lang: 'en' | 'zh';
  /** Ends a sentence and starts the next. */
  readonly stop: string;
}

function wordsFor(lang: string | undefined): Words {
  const locale = canonicalLocale(lang) ?? 'en';
  const l = messageLang(locale);
  return { t: l === 'zh' ? zh : en, locale, lang: l, stop: l === 'zh' ? '。' : '. ' };
}

/** "2024: 460 cases with punitive damages (+44.2% vs 2023)", without the source. */
function figureLine(metric: MetricId, period: string | undefined, notation: Notation, w: Words): string {
  const { t, locale } = w;
  const figure = figureOf(metric, period);
  if (!figure) return '';
  const approx = figure.kind === 'derived' ? '≈' : '';
  const value = `${approx}${formatValue(figure.value, figure.unit, locale, notation)}`;
  const when = t.periodLabel[`${metric}/${figure.period}`] ?? t.period(figure.period);
  const change = figure.change;
  const percent = change
    ? `${change.kind === 'derived' ? '≈' : ''}${formatChange(change.percent, locale)}`
    : '';
  const changeText = !change
    ? ''
    : w.lang === 'zh'
      ? `${t.against(change.against)}${percent}`
      : `${percent} ${t.against(change.against)}`;
  const body = w.lang === 'zh' ? `${t.metric[metric]}${value}` : `${value} ${t.metric[metric]}`;
  return `${when}${t.colon}${body}${changeText ? t.parens(changeText) : ''}`;
}

/**
 * The no-JS text of a bundled widget: its figures with their periods, and the sources, in
 * English or Chinese (`zh`; other languages get English words and their own number format).
 * It goes inside the tag, where readers without scripts (email, feed readers, stripped CMS
 * embeds) see it; the element draws over it once defined.
 */
export function fallbackText(spec: WidgetSpec, lang: string | undefined = spec.lang): string {
  const w = wordsFor(lang);
  const { t, locale, stop } = w;
  const end = (text: string) => (w.lang === 'zh' ? `${text}。` : `${text}.`);
  if (spec.el === 'stat-card') {
    const figure = figureOf(spec.metric, spec.period);
    if (!figure) return '';
    const note = extras[w.lang].figureNote[`${spec.metric}/${figure.period}`];
    const line = figureLine(spec.metric, spec.period, spec.notation ?? 'standard', w);
    const source = sourceText(creditsFor(figure.sources, t, locale), t);
    return [line, note?.replace(/[.。]$/, ''), source]
      .filter((part): part is string => Boolean(part))
      .map(end)
      .join(w.lang === 'zh' ? '' : ' ');
  }
  if (spec.el === 'chart') {
    const model = CHARTS[spec.chart]({ t, locale, lang: w.lang });
    const series = model.series[0]!;
    const values = model.labels.map(
      (label, i) => `${label} ${series.derived[i] ? '≈' : ''}${model.format(series.values[i]!)}`,
    );
    return `${model.title}${t.colon}${values.join(t.listSeparator)}${stop}${end(model.sourceText)}`;
  }
  const rw = reportWords(w.lang);
  const { sections } = parseSections(spec.sections);
  const lines = REPORT_METRICS.map((m) => figureLine(m, undefined, 'standard', w));
  // The texts the reports were read in are named in their credits already ("via …").
  const ids = reportSources(sections).filter((id) => !Object.values(SOURCES).some((s) => s.via === id));
  const source = sourceText(creditsFor(ids, t, locale), t);
  return `${end(rw.headline)}${w.lang === 'zh' ? '' : ' '}${lines.join(t.listSeparator)}${stop}${end(source)}`;
}
