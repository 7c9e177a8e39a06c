import { formatNumber } from '../format/index.js';
import type { Problem } from '../internal/ipr-element.js';
import { quote } from '../internal/quote.js';
import { checkHttpUrl } from '../internal/url.js';
import type { ChartContext } from './bundled.js';
import { sourceText } from './export.js';
import type { AuthorChart, ChartModel } from './types.js';
import { chartWords } from './words.js';

/**
 * What an author's chart may hold. Past these a chart cannot be read (5,000 bars are thinner than
 * a pixel), and checking them before anything else keeps a huge input from blocking the page.
 */
export const LIMITS = {
  /** Characters of the JSON text. */
  text: 1_000_000,
  /** Values, over all series: labels × series. */
  values: 5000,
  series: 20,
  /** Characters of the title and of the subtitle. */
  title: 300,
  /** Characters of each label, series label, the unit and the source name. */
  label: 100,
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

/**
 * Reads an author's chart from JSON text or an object; the problems say what is wrong, one at a
 * time. `after` is the text that follows the `<script>` in the page: where broken JSON goes on
 * there, a raw `</script>` inside it probably closed the element early.
 */
export function parseAuthorChart(input: unknown, after = ''): { chart?: AuthorChart; problems: Problem[] } {
  const fail = (code: Problem['code'], detail: string) => ({ problems: [{ code, detail, fatal: true }] });
  let data = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.text) return fail('data-too-large', String(input.length));
    try {
      data = JSON.parse(input);
    } catch (error) {
      const detail = quote(error instanceof Error ? error.message : error);
      // `<!--` then `<script` makes the HTML parser read past the script's end tag.
      if (input.includes('<!--')) return fail('json-comment-open', detail);
      if (!input.trim().endsWith('}') && after.includes('}')) return fail('json-cut-short', detail);
      return fail('invalid-json', detail);
    }
  }
  if (!isRecord(data)) return fail('invalid-data', '{…}');
  const type = data.type ?? 'bar';
  if (type !== 'bar' && type !== 'line') return fail('unknown-type', quote(type));
  const indexAxis = data.indexAxis ?? 'x';
  if (indexAxis !== 'x' && indexAxis !== 'y') return fail('invalid-data', 'indexAxis');
  const labels = data.labels;
  if (!Array.isArray(labels) || labels.length === 0) return fail('invalid-data', 'labels');
  const rawSeries = data.series;
  if (!Array.isArray(rawSeries) || rawSeries.length === 0) return fail('invalid-data', 'series');
  // Sizes first, from the array lengths alone: nothing below walks an array before these pass.
  if (rawSeries.length > LIMITS.series) return fail('too-many-series', String(rawSeries.length));
  if (labels.length * rawSeries.length > LIMITS.values)
    return fail('too-many-values', String(labels.length * rawSeries.length));
  for (const key of ['title', 'subtitle'] as const) {
    const text = data[key];
    if (typeof text === 'string' && text.length > LIMITS.title) return fail('title-too-long', quote(text));
  }
  const named = [data.unit, isRecord(data.source) ? data.source.name : undefined];
  for (const s of rawSeries) named.push(isRecord(s) ? s.label : undefined);
  for (const text of [...labels, ...named]) {
    if (typeof text === 'string' && text.length > LIMITS.label) return fail('label-too-long', quote(text));
  }
  if (!labels.every((l) => typeof l === 'string' || typeof l === 'number')) {
    return fail('invalid-data', 'labels');
  }
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
    const link = given ? checkHttpUrl(given) : undefined;
    if (link && 'problem' in link) problems.push({ code: link.problem, detail: quote(given), fatal: false });
    const url = link && 'href' in link ? link.href : undefined;
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
    spoken: format,
    raw: (v) => String(v),
    notes: [],
    credits,
    sourceText: sourceText(credits, t),
    summary: `${w.sentence(kind)}${lang === 'zh' ? '' : ' '}${chart.title ? w.sentence(chart.title) : ''}${lang === 'zh' || !chart.title ? '' : ' '}${body}`,
  };
}
