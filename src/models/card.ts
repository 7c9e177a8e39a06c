/**
 * The model of `<ipr-stat-card>`: the input attributes checked and turned into what the card
 * shows (number, label, period, change, notes, credits) in one language.
 */
import { figureOf } from '../data/index.js';
import { isMetricId } from '../data/metrics.js';
import type { Figure, MetricId } from '../data/types.js';
import { formatChange, formatNumber, formatValue, type Notation } from '../format/index.js';
import type { Extras } from '../i18n/extras.js';
import type { Messages } from '../i18n/messages.js';
import { creditsFor, type Credit } from '../internal/credits.js';
import { quote, type Problem } from '../internal/ipr-element.js';
import { checkHttpUrl } from '../internal/url.js';

/** Everything a card shows, ready to render. */
export interface CardModel {
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

/** The card's attributes as given (any text from HTML). */
export interface CardInput {
  readonly metric?: string;
  readonly period?: string;
  readonly notation?: string;
  readonly hideChange?: boolean;
  readonly value?: string;
  readonly label?: string;
  readonly change?: string;
  readonly sourceName?: string;
  readonly sourceUrl?: string;
}

/** What a model is built in: the messages, the locale, and the extras once loaded. */
export interface CardContext {
  readonly t: Messages;
  readonly locale: string;
  readonly extras: Extras | undefined;
}

/** The model, or none with the problems that stop it; `needsExtras` when its notes wait for the extras. */
export interface CardResult {
  readonly model?: CardModel;
  readonly problems: Problem[];
  readonly needsExtras?: boolean;
}

function changeOf(percent: number, locale: string, against = '', approx = false): CardModel['change'] {
  // The arrow says what the text shows, to its one decimal: 0.001 % is "flat 0%", not "up 0%".
  const shown = Math.round(percent * 10);
  return {
    direction: shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat',
    text: formatChange(percent, locale),
    against,
    approx,
  };
}

/**
 * A number as the docs name it: decimal digits with an optional sign and decimal point, thousands
 * grouped by commas in threes or not at all (`1234`, `1,234`, `-3.5`, `.5`). No hex (`0x10`), other
 * groupings (`1,2,3`), exponents (`1e-320`), `Infinity` or spaces inside.
 */
const PLAIN_NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;

/** Parses an attribute as a finite number: `undefined` when absent, `NaN` when not a plain number. */
function numberAttribute(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const n = PLAIN_NUMBER.test(text) ? Number(text.replace(/,/g, '')) : Number.NaN;
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Checks a card's input and builds its model. */
export function cardModel(input: CardInput, c: CardContext): CardResult {
  const problems: Problem[] = [];
  const notation = String(input.notation ?? 'standard').toLowerCase();
  if (notation !== 'standard' && notation !== 'compact') {
    problems.push({ code: 'invalid-notation', detail: quote(input.notation), fatal: false });
  }
  const compact: Notation = notation === 'compact' ? 'compact' : 'standard';
  const metric = input.metric?.trim();
  if (metric) {
    if (!isMetricId(metric)) {
      problems.push({ code: 'unknown-metric', detail: quote(metric), fatal: true });
      return { problems };
    }
    const period = input.period?.trim() || undefined;
    const figure = figureOf(metric, period);
    if (!figure) {
      problems.push({ code: 'unknown-period', detail: quote(`${metric} ${period}`), fatal: true });
      return { problems };
    }
    const model = bundledModel(metric, figure, compact, !!input.hideChange, c);
    return model ? { model, problems } : { problems, needsExtras: true };
  }
  const value = numberAttribute(input.value);
  if (value === undefined) {
    problems.push({ code: 'missing-metric', detail: '', fatal: true });
    return { problems };
  }
  if (Number.isNaN(value)) {
    problems.push({ code: 'invalid-value', detail: quote(input.value), fatal: true });
    return { problems };
  }
  const change = numberAttribute(input.change);
  if (Number.isNaN(change))
    problems.push({ code: 'invalid-change', detail: quote(input.change), fatal: false });
  const link = input.sourceUrl?.trim() ? checkHttpUrl(input.sourceUrl) : undefined;
  if (link && 'problem' in link)
    problems.push({ code: link.problem, detail: quote(input.sourceUrl), fatal: false });
  const href = link && 'href' in link ? link.href : undefined;
  const name = input.sourceName?.trim();
  const { locale, t } = c;
  return {
    model: {
      value,
      text: formatNumber(value, locale, compact),
      approx: false,
      label: input.label?.trim() ?? '',
      period: input.period?.trim() ? t.period(input.period.trim()) : '',
      change: change === undefined || Number.isNaN(change) ? undefined : changeOf(change, locale),
      notes: [],
      credits: name ? [{ name, href }] : [],
    },
    problems,
  };
}

/**
 * Bundled figures' models by message table, then by everything else they are built from: a page
 * of many cards of a few figures formats each figure, its change and its credits once. Models are
 * read-only to the elements that show them, so cards share them.
 */
const bundledModels = new WeakMap<Messages, Map<string, CardModel>>();

/** A bundled figure's model; `undefined` while its notes wait for the extras. */
function bundledModel(
  metric: MetricId,
  figure: Figure,
  notation: Notation,
  hideChange: boolean,
  c: CardContext,
): CardModel | undefined {
  let models = bundledModels.get(c.t);
  if (!models) bundledModels.set(c.t, (models = new Map()));
  const key = `${metric}\u0000${figure.period}\u0000${notation}\u0000${hideChange}\u0000${c.locale}\u0000${!!c.extras}`;
  let model = models.get(key);
  if (!model) {
    model = buildBundledModel(metric, figure, notation, hideChange, c);
    if (model) models.set(key, model);
  }
  return model;
}

function buildBundledModel(
  metric: MetricId,
  figure: Figure,
  notation: Notation,
  hideChange: boolean,
  c: CardContext,
): CardModel | undefined {
  const { locale, t, extras } = c;
  const key = `${metric}/${figure.period}`;
  const change = figure.change;
  const derivedChange = change?.kind === 'derived' && change.from && !hideChange ? change.from : undefined;
  const notes: { text: string; warning?: boolean }[] = [];
  if (figure.caveat || figure.derivation || derivedChange) {
    if (!extras) return undefined;
    const caveat = extras.figureNote[key];
    if (caveat) notes.push({ text: caveat, warning: true });
    if (figure.derivation) notes.push({ text: `≈ ${extras.derivation(figure.derivation, locale)}` });
    if (derivedChange) notes.push({ text: `≈ ${extras.derivedChange(figure, locale)}` });
  }
  return {
    value: figure.value,
    text: formatValue(figure.value, figure.unit, locale, notation),
    approx: figure.kind === 'derived',
    label: t.metric[metric],
    period: t.periodLabel[key] ?? t.period(figure.period),
    change: change && changeOf(change.percent, locale, t.against(change.against), change.kind === 'derived'),
    notes,
    credits: creditsFor(figure.sources, t, locale),
  };
}
