import { CHARTS } from '../charts/bundled.js';
import { sourceText } from '../charts/export.js';
import { REPORT_METRICS } from '../models/report.js';
import { reportWords } from '../components/report/report-words.js';
import { figureOf } from '../data/index.js';
import type { Figure, MetricId, SourceId } from '../data/types.js';
import { formatChange, formatValue, type Notation } from '../format/index.js';
import en from '../i18n/en.js';
import extras from '../i18n/extras.js';
import { canonicalLocale, messageLang } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import zh from '../i18n/zh.js';
import { creditsFor, type Credit } from '../internal/credits.js';
import { checkLang, checkSpec, type WidgetSpec } from './spec.js';

export interface Words {
  readonly t: Messages;
  readonly locale: string;
  readonly lang: 'en' | 'zh';
}

export function wordsFor(lang: string | undefined): Words {
  const locale = canonicalLocale(lang) ?? 'en';
  const l = messageLang(locale);
  return { t: l === 'zh' ? zh : en, locale, lang: l };
}

/** The period a figure is shown with: "2024", or "judgment reported in 2025" where the bare year would mislead. */
export function periodText(metric: MetricId, period: string, t: Messages): string {
  return t.periodLabel[`${metric}/${period}`] ?? t.period(period);
}

/** "2024: 460 cases with punitive damages (+44.2% vs 2023)", without notes or the source. */
function figureLine(figure: Figure, notation: Notation, w: Words): string {
  const { t, locale } = w;
  const x = extras[w.lang];
  const approx = figure.kind === 'derived' ? '≈' : '';
  const number = formatValue(figure.value, figure.unit, locale, notation);
  const phrase = x.phrase[figure.metric];
  const body = phrase
    ? phrase(number)
    : w.lang === 'zh'
      ? `${t.metric[figure.metric]}${approx}${number}${x.unitWord[figure.unit] ?? ''}`
      : `${approx}${number} ${t.metric[figure.metric]}`;
  const change = figure.change;
  const mark = change?.kind === 'derived' ? '≈' : '';
  const changeText = change
    ? x.changeOn(
        `${mark}${formatChange(change.percent, locale)}`,
        `${mark}${formatChange(Math.abs(change.percent), locale).replace('+', '')}`,
        change.percent < 0,
        t.period(change.against),
      )
    : '';
  return `${periodText(figure.metric, figure.period, t)}${t.colon}${body}${changeText}`;
}

/** What a reader must read beside a figure: its caveat, and how it or its change was derived. */
export function figureNotes(figure: Figure, w: Words): string[] {
  const x = extras[w.lang];
  const notes: string[] = [];
  const caveat = x.figureNote[`${figure.metric}/${figure.period}`];
  if (caveat) notes.push(caveat);
  if (figure.derivation) notes.push(`≈ ${x.derivation(figure.derivation, w.locale)}`);
  if (figure.change?.kind === 'derived') notes.push(`≈ ${x.derivedChange(figure, w.locale)}`);
  return notes;
}

/** Sentences joined as the language writes them: each ended once, capitalised in English. */
function sentences(parts: readonly string[], w: Words): string {
  return parts
    .filter(Boolean)
    .map((part) => {
      const text = part.replace(/[.。]$/, '');
      return w.lang === 'zh' ? `${text}。` : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    })
    .join(w.lang === 'zh' ? '' : ' ');
}

/** A figure's sentences: the line, then its notes. */
function figureSentences(figure: Figure, notation: Notation, w: Words): string[] {
  return [figureLine(figure, notation, w), ...figureNotes(figure, w)];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** What the no-JS text of a widget says: its sentences without the source, and the source's credits. */
export interface FallbackParts {
  readonly sentences: readonly string[];
  readonly credits: readonly Credit[];
  readonly words: Words;
}

/** The parts of `fallbackText` for a checked spec, so the iframe snippet can link the sources. */
export function fallbackParts(spec: WidgetSpec, w: Words): FallbackParts {
  const { t, locale } = w;
  if (spec.el === 'stat-card') {
    const figure = figureOf(spec.metric, spec.period);
    if (!figure) return { sentences: [], credits: [], words: w };
    return {
      sentences: figureSentences(figure, spec.notation ?? 'standard', w),
      credits: creditsFor(figure.sources, t, locale),
      words: w,
    };
  }
  if (spec.el === 'chart') {
    const model = CHARTS[spec.chart]({ t, locale, lang: w.lang });
    const series = model.series[0]!;
    const values = model.labels.map(
      (label, i) => `${label} ${series.derived[i] ? '≈' : ''}${model.format(series.values[i]!)}`,
    );
    return {
      sentences: [`${model.title}${t.colon}${values.join(t.listSeparator)}`, ...model.notes],
      credits: model.credits,
      words: w,
    };
  }
  const rw = reportWords(w.lang);
  const figures = REPORT_METRICS.map((m) => figureOf(m)!);
  // Only the sources of what this text says: the two reports, and what their figures cite.
  const ids = unique<SourceId>(['spc-2025', 'spp-2025', ...figures.flatMap((f) => f.sources)]);
  return {
    sentences: [rw.headline, ...figures.flatMap((f) => figureSentences(f, 'standard', w))],
    credits: creditsFor(ids, t, locale),
    words: w,
  };
}

/**
 * The no-JS text of a bundled widget: its figures with their periods, what a reader must know
 * of them (caveats, how derived figures were derived), and the sources, in English or Chinese
 * (`zh`; other languages get English words and their own number format). It goes inside the
 * tag, where readers without scripts (email, feed readers, stripped CMS embeds) see it; the
 * element draws over it once defined. Throws an `InvalidSpecError` for a spec the embed page
 * would refuse.
 */
export function fallbackText(given: WidgetSpec, givenLang?: string): string {
  const spec = checkSpec(given);
  const w = wordsFor(givenLang === undefined ? spec.lang : checkLang(givenLang));
  const parts = fallbackParts(spec, w);
  if (parts.sentences.length === 0) return '';
  return sentences([...parts.sentences, sourceText(parts.credits, w.t)], w);
}

/** `sentences` for the iframe snippet's line, which links its sources itself. */
export { sentences as joinSentences };
