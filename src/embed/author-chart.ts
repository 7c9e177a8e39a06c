import { authorModel, parseAuthorChart } from '../charts/author.js';
import type { ChartData } from '../charts/types.js';
import en from '../i18n/en.js';
import extras from '../i18n/extras.js';
import { messageLang } from '../i18n/locale.js';
import zh from '../i18n/zh.js';
import { CHART_IDS } from '../charts/ids.js';
import { checkSpec, InvalidSpecError, specAttributes } from './spec.js';

/** An author's own chart for the snippets: the data of a child `<script type="application/json">`. */
export interface AuthorChartSpec {
  readonly el: 'chart';
  /** The chart data, as an object or as JSON text. */
  readonly data: ChartData | string;
  /** A BCP 47 language tag; default the page's. */
  readonly lang?: string;
  readonly theme?: 'auto' | 'light' | 'dark';
}

export const isAuthorSpec = (spec: unknown): spec is AuthorChartSpec =>
  typeof spec === 'object' && spec !== null && 'data' in spec;

/**
 * JSON that cannot end or re-open the `<script>` element it is pasted into: every `<` is written
 * `\u003c`, so neither `</script>` nor `<!--<script>` reaches the HTML parser, and `JSON.parse`
 * reads the same data.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Checks an author's chart spec as the widget would (`lang` and `theme` by the embed page's
 * rules); throws `InvalidSpecError` with the widget's own words for any problem, also one the
 * widget would only warn about, so a snippet never carries input the widget drops.
 */
export function checkAuthorSpec(spec: AuthorChartSpec): {
  /** The data as `scriptSafeJson` writes it. */
  json: string;
  /** The no-JS text: values by label, and the source. */
  text: string;
  /** The tag's `lang` and `theme`. */
  attributes: [string, string][];
} {
  const { data, ...rest } = spec as AuthorChartSpec & { chart?: unknown };
  if (rest.el !== 'chart' || rest.chart !== undefined) {
    throw new InvalidSpecError(`own data goes with el: 'chart' and no chart id`);
  }
  // The bundled id only stands in so that lang and theme meet the same allow-lists.
  const common = checkSpec({ ...rest, chart: CHART_IDS[0] });
  const { chart, problems } = parseAuthorChart(data);
  const problem = problems[0];
  if (problem || !chart) {
    throw new InvalidSpecError(extras.en.errors[problem?.code ?? 'invalid-data'](problem?.detail ?? ''));
  }
  const lang = messageLang(common.lang ?? 'en');
  const t = lang === 'zh' ? zh : en;
  const model = authorModel(chart, { t, locale: common.lang ?? 'en', lang });
  const lines = model.series.map((s) => {
    const values = model.labels
      .map((label, i) => `${label} ${model.format(s.values[i]!)}`)
      .join(t.listSeparator);
    return model.series.length > 1 ? `${s.label}${t.colon}${values}` : values;
  });
  const stop = lang === 'zh' ? '。' : '. ';
  const body = `${model.title ? `${model.title}${t.colon}` : ''}${lines.join(stop)}`;
  const text = `${body}${stop}${model.sourceText}${lang === 'zh' ? '。' : '.'}`;
  const json = scriptSafeJson(typeof data === 'string' ? JSON.parse(data) : data);
  const attributes = specAttributes(common).filter(([name]) => name !== 'chart');
  return { json, text, attributes };
}
