/**
 * The library's entry: defines every element. Data records and formatting functions are in
 * the `ip-report-widgets/data` subpath, so a page that only shows widgets does not load them twice.
 */
// First, before Lit is evaluated: a page whose CSP refuses Lit's policy gets a warning, not an error.
import './internal/policy-guard.js';
import { IprStatCard } from './components/stat-card/stat-card.js';
import { autoloadElements } from './internal/autoload-elements.js';
import { loadEngine } from './charts/load-engine.js';
// A chart near the viewport at load: Chart.js downloads beside the chart code, not after it.
autoloadElements(loadEngine);

export { IprStatCard };
export type { IprErrorDetail, Theme } from './internal/ipr-element.js';
export type { IprChart, IprDownloadDetail, ChartData } from './entries/chart.js';
export type { IprReport, ReportSection } from './entries/report.js';
export type {
  MetricId,
  SourceId,
  Figure,
  Metric,
  Source,
  Localized,
  Unit,
  FigureKind,
} from './data/types.js';
export type { Notation } from './format/index.js';
export type { ErrorCode } from './i18n/messages.js';
