import { formatNumber } from '../format/index.js';
import { quote, type Problem } from '../internal/ipr-element.js';
import { safeHttpUrl } from '../internal/url.js';
import type { ChartContext } from './bundled.js';
import { sourceText } from './export.js';
import type { AuthorChart, ChartModel } from './types.js';
import { chartWords } from './words.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

/** Reads an author's chart from JSON text or an object; the problems say what is wrong, one at a time. */
export function parseAuthorChart(input: unknown): { chart?: AuthorChart; problems: Problem[] } {
  const fail = (code: Problem['code'], detail: string) => ({ problems: [{ code, detail, fatal: true }] });
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return fail('invalid-json', quote(error instanceof Error ? error.message : error));
    }
  }
  if (!isRecord(data)) return fail('invalid-data', '{…}');
  const type = data.type ?? 'bar';
  if (type !== 'bar' && type !== 'line') return fail('unknown-type', quote(type));
  const indexAxis = data.indexAxis ?? 'x';
  if (indexAxis !== 'x' && indexAxis !== 'y') return fail('invalid-data', 'indexAxis');
  const labels = data.labels;
  if (
    !Array.isArray(labels) ||
    labels.length === 0 ||
    !labels.every((l) => typeof l === 'string' || typeof l === 'number')
  ) {
    return fail('invalid-data', 'labels');
  }
  const rawSeries = data.series;
  if (!Array.isArray(rawSeries) || rawSeries.length === 0) return fail('invalid-data', 'series');
  const series: { label: string; values: number[] }[] = [];
  for (const [i, s] of rawSeries.entries()) {
    if (!isRecord(s) || !Array.isArray(s.values)) return fail('invalid-data', `series[${i}]`);
    const label = optionalText(s.label) ?? String(i + 1);
    if (s.values.length !== labels.length) return fail('unequal-lengths', quote(label));
    const bad = s.values.find((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (bad !== undefined || s.values.length !== s.values.filter((v) => v !== undefined).length) {
      return fail(
        'invalid-number',
        quote(`“${label}”: ${typeof bad === 'number' ? bad : JSON.stringify(bad)}`),
      );
    }
    series.push({ label, values: s.values as number[] });
  }
  const problems: Problem[] = [];
  let source: AuthorChart['source'];
  if (isRecord(data.source)) {
    const given = optionalText(data.source.url);
    const url = safeHttpUrl(given);
    if (given && !url) problems.push({ code: 'invalid-url', detail: quote(given), fatal: false });
    source = { name: optionalText(data.source.name) ?? (url ? new URL(url).hostname : undefined), url };
  }
  return {
    chart: {
      title: optionalText(data.title),
      subtitle: optionalText(data.subtitle),
      labels: labels.map(String),
      series,
      unit: optionalText(data.unit),
      type,
      indexAxis,
      source,
    },
    problems,
  };
}

/** An author's chart as a model: values in the locale's format, no derived values. */
export function authorModel(chart: AuthorChart, c: ChartContext): ChartModel {
  const { t, locale, lang } = c;
  const w = chartWords(lang);
  const format = (v: number) => formatNumber(v, locale);
  const n = chart.labels.length - 1;
  const first = chart.labels[0]!;
  const last = chart.labels[n]!;
  const body = chart.series
    .map((s) =>
      w.sentence(
        w.trend(
          s.label,
          format(s.values[0]!),
          t.period(first),
          format(s.values[n]!),
          t.period(last),
          s.values[n]! > s.values[0]! ? 'up' : s.values[n]! < s.values[0]! ? 'down' : 'flat',
        ),
      ),
    )
    .join(lang === 'zh' ? '' : ' ');
  const kind = chart.type === 'line' ? w.kind.line : chart.indexAxis === 'y' ? w.kind.barH : w.kind.bar;
  const credits = chart.source?.name ? [{ name: chart.source.name, href: chart.source.url }] : [];
  return {
    id: 'chart',
    type: chart.type,
    horizontal: chart.indexAxis === 'y',
    title: chart.title ?? '',
    subtitle: chart.subtitle ?? '',
    categoryHeader: w.category,
    labels: chart.labels,
    series: chart.series.map((s) => ({ ...s, derived: s.values.map(() => false) })),
    unit: chart.unit,
    format,
    tick: (v) => formatNumber(v, locale, 'compact'),
    raw: (v) => String(v),
    notes: [],
    credits,
    sourceText: sourceText(credits, t),
    summary: `${w.sentence(kind)}${lang === 'zh' ? '' : ' '}${chart.title ? w.sentence(chart.title) : ''}${lang === 'zh' || !chart.title ? '' : ' '}${body}`,
  };
}
