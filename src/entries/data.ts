export * from '../data/index.js';
export * from '../format/index.js';
import en from '../i18n/en.js';
import zh from '../i18n/zh.js';
import extras from '../i18n/extras.js';

/** Every word the widgets show (labels, publishers, notes, messages), by language. */
export const TEXT = { en, zh } as const;

/** Error texts and the notes of derived and caveated figures, by language. */
export const EXTRAS = extras;

export { fallbackText } from '../embed/fallback.js';
export {
  embedSnippets,
  embedQuery,
  escapeHtml,
  type EmbedSnippets,
  type AuthorChartSnippets,
} from '../embed/snippets.js';
export { scriptSafeJson, type AuthorChartSpec } from '../embed/author-chart.js';
export type { ChartData } from '../charts/types.js';
export {
  InvalidSpecError,
  checkSpec,
  parseEmbedQuery,
  specAttributes,
  WIDGET_KINDS,
  type WidgetKind,
  type WidgetSpec,
  type EmbedQuery,
} from '../embed/spec.js';
export { CHART_IDS, isChartId, type ChartId } from '../charts/ids.js';
export { REPORT_SECTIONS, type ReportSection } from '../models/report.js';
export { fallbackHtml, type FallbackHtmlOptions } from '../embed/fallback-html.js';
export {
  CHART_IMAGE,
  CHART_IMAGE_SCALES,
  CHART_IMAGE_THEMES,
  chartImageName,
  type ChartImageScale,
  type ChartImageTheme,
} from '../charts/image.js';
