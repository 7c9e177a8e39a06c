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
export { embedSnippets, embedQuery, escapeHtml, type EmbedSnippets } from '../embed/snippets.js';
export {
  parseEmbedQuery,
  specAttributes,
  WIDGET_KINDS,
  type WidgetKind,
  type WidgetSpec,
  type EmbedQuery,
} from '../embed/spec.js';
export { CHART_IDS, isChartId, type ChartId } from '../charts/ids.js';
export { REPORT_SECTIONS, type ReportSection } from '../components/report/sections.js';
