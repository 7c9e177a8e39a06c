import { periodsOf } from '../data/index.js';
import { isMetricId } from '../data/metrics.js';
import type { MetricId } from '../data/types.js';
import type { Notation } from '../format/index.js';
import { isChartId, type ChartId } from '../charts/ids.js';
import { REPORT_SECTIONS } from '../models/report.js';
import { canonicalLocale } from '../i18n/locale.js';
import { quote } from '../internal/quote.js';

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

const shown = (name: string, value: string) => quote(`${name}=${value}`);

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

/**
 * Thrown by `fallbackText` and `embedSnippets` for a spec the embed page would refuse, or a
 * `base` that is not an http(s) address: what they write is pasted into pages as markup, so
 * nothing unchecked goes in.
 */
export class InvalidSpecError extends TypeError {
  override name = 'InvalidSpecError';
  constructor(detail: string) {
    super(`ip-report-widgets: ${detail}`);
  }
}

/**
 * A spec checked by the embed page's rules (`parseEmbedQuery`): a known `el`, only the names that
 * widget takes, every value a string from its allow-list; `lang` comes back canonical.
 * Throws `InvalidSpecError` for anything else.
 */
export function checkSpec(spec: unknown): WidgetSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new InvalidSpecError(`a widget spec is an object such as {el: 'stat-card', metric: '…'}`);
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    if (typeof value !== 'string' || name === 'id') {
      throw new InvalidSpecError(
        `the widget spec has a value that is not allowed: ${shown(name, typeof value)}`,
      );
    }
    params.append(name, value);
  }
  const query = parseEmbedQuery(params);
  if (query.problem !== undefined) {
    throw new InvalidSpecError(`the widget spec has a value that is not allowed: ${query.problem}`);
  }
  return query.spec;
}

/** `lang` as `checkSpec` takes it: a BCP 47 tag, canonical, or `undefined` when not given. */
export function checkLang(lang: unknown): string | undefined {
  if (lang === undefined) return undefined;
  const locale = typeof lang === 'string' && lang.length <= 35 ? canonicalLocale(lang) : undefined;
  if (!locale) throw new InvalidSpecError(`not a language tag: ${shown('lang', String(lang))}`);
  return locale;
}

/**
 * The address of the served `dist/` folder, ending in `/`: an absolute http(s) URL without user
 * name, password, query or fragment. Throws `InvalidSpecError` for anything else.
 */
export function checkBase(base: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof base === 'string' ? new URL(base) : undefined;
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new InvalidSpecError(
      `base must be the http(s) address of the dist/ folder, such as https://example.org/ipr/dist/ (got ${shown('base', String(base))})`,
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
