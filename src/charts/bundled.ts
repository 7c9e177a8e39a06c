import { DESCRIPTIONS, figureOf, periodsOf } from '../data/index.js';
import type { Figure, MetricId, SourceId } from '../data/types.js';
import { formatChange, formatNumber, formatValue } from '../format/index.js';
import type { MessageLang } from '../i18n/locale.js';
import extras from '../i18n/extras.js';
import type { Messages } from '../i18n/messages.js';
import { creditsFor } from '../internal/credits.js';
import { sourceText } from './export.js';
import type { ChartModel } from './types.js';
import type { ChartId } from './ids.js';
import { chartWords, type ChartWords, type Direction } from './words.js';

export { isChartId, type ChartId } from './ids.js';

/** What a model is built in: the widget's messages, locale and message language. */
export interface ChartContext {
  readonly t: Messages;
  readonly locale: string;
  readonly lang: MessageLang;
}

/** The bundled charts, by id: each one metric or one kind of figure, never mixed units. */
export const CHARTS: Readonly<Record<ChartId, (c: ChartContext) => ChartModel>> = {
  'punitive-damages-trend': (c: ChartContext) => trend('punitive-damages-trend', 'punitive-damages-cases', c),
  'prosecutions-trend': (c: ChartContext) => trend('prosecutions-trend', 'ip-crime-prosecutions', c),
  'cases-concluded-trend': (c: ChartContext) => trend('cases-concluded-trend', 'ip-cases-concluded', c),
  'growth-comparison': (c: ChartContext) =>
    growth(c, ['punitive-damages-cases', 'ip-crime-prosecutions', 'ip-cases-concluded']),
};

const built = new Map<string, { t: Messages; model: ChartModel }>();

/** A bundled chart's model, built once per id and locale for every chart on the page that shows it. */
export function bundledModel(id: ChartId, c: ChartContext): ChartModel {
  const key = `${id}|${c.locale}`;
  let known = built.get(key);
  if (known?.t !== c.t) built.set(key, (known = { t: c.t, model: CHARTS[id](c) }));
  return known.model;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function direction(from: number, to: number): Direction {
  return to > from ? 'up' : to < from ? 'down' : 'flat';
}

/** A figure's value in words, with "about" when derived. */
function spoken(w: ChartWords, text: string, derived: boolean): string {
  return derived ? w.about(text) : text;
}

function summaryOf(w: ChartWords, kind: string, body: string, lang: MessageLang): string {
  return `${w.sentence(kind)}${lang === 'zh' ? '' : ' '}${w.sentence(body)}`;
}

/** One metric over the periods the data has for it: every value reported, or derived in code. */
function trend(id: string, metric: MetricId, c: ChartContext): ChartModel {
  const { t, locale, lang } = c;
  const w = chartWords(lang);
  const figures = periodsOf(metric).map((p) => figureOf(metric, p) as Figure);
  const unit = figures[0]!.unit;
  if (figures.some((f) => f.unit !== unit)) throw new Error(`mixed units in ${id}`);
  const first = figures[0]!;
  const last = figures[figures.length - 1]!;
  const format = (v: number) => formatValue(v, unit, locale);
  const label = w.label(t.metric[metric]);
  const valueNotes = figures.map(
    (f) =>
      f.derivation && `≈ ${t.period(f.period)}${t.colon}${extras[lang].derivation(f.derivation, locale)}`,
  );
  const notes = valueNotes.filter((n) => n !== undefined);
  const x = extras[lang];
  const counted = (f: Figure) =>
    spoken(w, `${format(f.value)}${x.unitWord[unit] ?? ''}`, f.kind === 'derived');
  let body = w.trend(
    label,
    counted(first),
    t.period(first.period),
    counted(last),
    t.period(last.period),
    direction(first.value, last.value),
  );
  const change = last.change;
  if (change) {
    const derived = change.kind === 'derived';
    body += x.changeOn(
      spoken(w, formatChange(change.percent, locale), derived),
      spoken(w, formatChange(Math.abs(change.percent), locale).replace('+', ''), derived),
      change.percent < 0,
      t.period(change.against),
    );
    if (derived && change.from) notes.push(`≈ ${x.derivedChange(last, locale)}`);
  }
  const credits = creditsFor(unique([...figures].reverse().flatMap((f) => [...f.sources])), t, locale);
  return {
    id,
    type: 'bar',
    horizontal: false,
    title: w.trendTitle(label, first.period, last.period),
    subtitle: w.perPeriod(w.label(DESCRIPTIONS[metric][lang])),
    categoryHeader: w.year,
    labels: figures.map((f) => f.period),
    series: [
      {
        label,
        values: figures.map((f) => f.value),
        derived: figures.map((f) => f.kind === 'derived'),
        notes: valueNotes,
      },
    ],
    format,
    tick: (v) => formatNumber(v, locale, 'compact'),
    spoken: (v, derived) => spoken(w, format(v), derived),
    raw: (v, derived) => String(derived ? Math.round(v * 10) / 10 : v),
    notes,
    credits,
    sourceText: sourceText(credits, t),
    summary: summaryOf(w, w.kind.bar, body, lang),
  };
}

/** Year-on-year growth of several metrics in their latest period: all percent changes, one axis. */
function growth(c: ChartContext, metrics: readonly MetricId[]): ChartModel {
  const { t, locale, lang } = c;
  const w = chartWords(lang);
  const figures = metrics.map((m) => figureOf(m) as Figure);
  const period = figures[0]!.period;
  const changes = figures.map((f) => {
    if (!f.change || f.period !== period) throw new Error(`no ${period} change for ${f.metric}`);
    return f.change;
  });
  const format = (v: number) => formatChange(v, locale);
  const derived = changes.map((ch) => ch.kind === 'derived');
  const valueNotes = figures.map((f, i) =>
    derived[i] && changes[i]!.from ? `≈ ${extras[lang].derivedChange(f, locale)}` : undefined,
  );
  const notes = valueNotes.filter((n) => n !== undefined);
  const items = figures.map(
    (f, i) =>
      `${t.metric[f.metric]}${lang === 'zh' ? '' : ' '}${spoken(w, format(changes[i]!.percent), derived[i]!)}`,
  );
  const credits = creditsFor(unique(figures.flatMap((f) => [...f.sources]) as SourceId[]), t, locale);
  return {
    id: 'growth-comparison',
    type: 'bar',
    horizontal: true,
    title: w.growthTitle(period),
    subtitle: w.growthSubtitle,
    categoryHeader: w.figure,
    labels: figures.map((f) => w.label(t.metric[f.metric])),
    series: [
      { label: w.growth(period), values: changes.map((ch) => ch.percent), derived, notes: valueNotes },
    ],
    format,
    tick: format,
    spoken: (v, derived) => spoken(w, format(v), derived),
    raw: (v) => String(Math.round(v * 10) / 10),
    notes,
    credits,
    sourceText: sourceText(credits, t),
    summary: summaryOf(w, w.kind.barH, `${w.growthLead(period)}${items.join(t.listSeparator)}`, lang),
  };
}
