import { periodsOf } from '../data/index.js';
import { isMetricId } from '../data/metrics.js';
import type { MetricId } from '../data/types.js';
import type { Notation } from '../format/index.js';
import { isChartId, type ChartId } from '../charts/ids.js';
import { REPORT_SECTIONS } from '../components/report/sections.js';
import { canonicalLocale } from '../i18n/locale.js';

/** The widgets one embed shows, by the tag's name without `ipr-`. */
export const WIDGET_KINDS = ['stat-card', 'chart', 'report'] as const;

export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** One bundled widget and its options: what the builder, the snippets, the fallback text and the embed page share. */
export type WidgetSpec = (
  | {
      readonly el: 'stat-card';
      readonly metric: MetricId;
      /** The period to show; default the latest. */
      readonly period?: string;
      readonly notation?: Notation;
    }
  | { readonly el: 'chart'; readonly chart: ChartId }
  | {
      readonly el: 'report';
      /** Section names separated by spaces; default all. */
      readonly sections?: string;
    }
) & {
  /** A BCP 47 language tag; default the page's. */
  readonly lang?: string;
  readonly theme?: 'auto' | 'light' | 'dark';
};

/** What an embed address asks for: a widget, or the first value that is not allowed. */
export type EmbedQuery =
  | { readonly spec: WidgetSpec; readonly id?: string; readonly problem?: undefined }
  | { readonly problem: string; readonly lang?: string; readonly spec?: undefined };

const ALLOWED: Readonly<Record<WidgetKind, readonly string[]>> = {
  'stat-card': ['metric', 'period', 'notation'],
  chart: ['chart'],
  report: ['sections'],
};
const COMMON = ['el', 'lang', 'theme', 'id'];

const shown = (name: string, value: string) => {
  const text = `${name}=${value}`;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * Reads the query of `embed.html`. Every value must be a known id or enum value, and every name
 * one the widget takes; anything else is a problem, which the page shows instead of a widget.
 */
export function parseEmbedQuery(query: string | URLSearchParams): EmbedQuery {
  const params = new URLSearchParams(query);
  const rawLang = params.get('lang');
  const lang = rawLang && rawLang.length <= 35 ? canonicalLocale(rawLang) : undefined;
  const fail = (name: string, value: string | null): EmbedQuery => ({
    problem: shown(name, value ?? ''),
    lang,
  });
  const el = params.get('el') ?? '';
  if (!(WIDGET_KINDS as readonly string[]).includes(el)) return fail('el', el);
  const kind = el as WidgetKind;
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name) || (!COMMON.includes(name) && !ALLOWED[kind].includes(name))) return fail(name, value);
    seen.add(name);
  }
  if (rawLang !== null && !lang) return fail('lang', rawLang);
  const theme = params.get('theme');
  if (theme !== null && !['auto', 'light', 'dark'].includes(theme)) return fail('theme', theme);
  const id = params.get('id');
  if (id !== null && !/^[\w-]{1,64}$/.test(id)) return fail('id', id);
  const common = {
    ...(lang ? { lang } : {}),
    ...(theme ? { theme: theme as 'auto' | 'light' | 'dark' } : {}),
  };
  const result = (spec: WidgetSpec): EmbedQuery => (id ? { spec, id } : { spec });
  if (kind === 'stat-card') {
    const metric = params.get('metric') ?? '';
    if (!isMetricId(metric)) return fail('metric', metric);
    const period = params.get('period');
    if (period !== null && !periodsOf(metric).includes(period)) return fail('period', period);
    const notation = params.get('notation');
    if (notation !== null && notation !== 'standard' && notation !== 'compact')
      return fail('notation', notation);
    return result({
      el: kind,
      metric,
      ...(period ? { period } : {}),
      ...(notation ? { notation } : {}),
      ...common,
    });
  }
  if (kind === 'chart') {
    const chart = params.get('chart') ?? '';
    if (!isChartId(chart)) return fail('chart', chart);
    return result({ el: kind, chart, ...common });
  }
  const sections = params.get('sections');
  if (sections !== null) {
    const names = sections.split(/[\s,]+/).filter(Boolean);
    const bad = names.find((n) => !(REPORT_SECTIONS as readonly string[]).includes(n));
    if (bad !== undefined || names.length === 0) return fail('sections', sections);
  }
  return result({ el: kind, ...(sections ? { sections } : {}), ...common });
}

/** The attributes a widget's tag carries for a spec, in a stable order. */
export function specAttributes(spec: WidgetSpec): [string, string][] {
  const attrs: [string, string][] = [];
  if (spec.el === 'stat-card') {
    attrs.push(['metric', spec.metric]);
    if (spec.period) attrs.push(['period', spec.period]);
    if (spec.notation && spec.notation !== 'standard') attrs.push(['notation', spec.notation]);
  } else if (spec.el === 'chart') {
    attrs.push(['chart', spec.chart]);
  } else if (spec.sections) {
    attrs.push(['sections', spec.sections]);
  }
  if (spec.lang) attrs.push(['lang', spec.lang]);
  if (spec.theme && spec.theme !== 'auto') attrs.push(['theme', spec.theme]);
  return attrs;
}
