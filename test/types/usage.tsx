// What a TypeScript user of the published package sees: compiled against dist/types through the
// package's own `exports` (a self-reference), not against src/. `@ts-expect-error` lines fail the
// check when the error they expect is gone, so the typings cannot loosen unnoticed.
import { IprStatCard, type IprErrorDetail, type MetricId } from 'ip-report-widgets';
import { IprChart, type IprDownloadDetail } from 'ip-report-widgets/chart';
import { IprStatCard as IprStatCardAgain } from 'ip-report-widgets/stat-card';
import { IprReport, REPORT_SECTIONS } from 'ip-report-widgets/report';
import { METRIC_IDS, TEXT, figureOf, formatNumber, formatChange, isMetricId } from 'ip-report-widgets/data';
import * as Wrappers from 'ip-report-widgets/react';
import manifest from 'ip-report-widgets/custom-elements.json' with { type: 'json' };

// Tags map to their classes.
const card: IprStatCard = document.createElement('ipr-stat-card');
const chart: IprChart | null = document.querySelector('ipr-chart');
const same: typeof IprStatCard = IprStatCardAgain;
const report: IprReport = document.createElement('ipr-report');
report.sections = REPORT_SECTIONS.join(' ');

// Ids are checked where TypeScript sees them.
card.metric = 'punitive-damages-cases';
// @ts-expect-error not a bundled metric id
card.metric = 'punitive-damage-cases';
card.notation = 'compact';
// @ts-expect-error not a notation
card.notation = 'short';
card.theme = 'dark';
// @ts-expect-error not a theme
card.theme = 'sepia';
if (chart) {
  chart.chart = 'growth-comparison';
  // @ts-expect-error not a bundled chart id
  chart.chart = 'growth';
}

// Events are typed on every element and on the document.
card.addEventListener('ipr-error', (event) => {
  const detail: IprErrorDetail = event.detail;
  // @ts-expect-error codes are a closed set
  const code: 'no-such-code' = detail.code;
  void code;
});
document.addEventListener('ipr-download', (event) => {
  const detail: IprDownloadDetail = event.detail;
  const blob: Blob = detail.blob;
  void blob;
});
document.addEventListener('ipr-ready', (event) => void event.target);

// Data and formatting, typed.
const ids: readonly MetricId[] = METRIC_IDS;
const first: MetricId = ids[0]!;
const latest = figureOf(first);
const value: number | undefined = latest?.value;
const text: string = formatNumber(460, 'zh-CN', 'compact') + formatChange(44.2, 'en');
const label: string = TEXT.en.metric[first];
// @ts-expect-error not a metric id
figureOf('punitive-damage-cases');
const unknownInput: string = 'from-a-cms';
if (isMetricId(unknownInput)) card.metric = unknownInput;

// React wrappers: the element's props, typed, and the events as onIpr… handlers.
const ok = (
  <>
    <Wrappers.IprStatCard
      metric="ip-cases-concluded"
      notation="compact"
      hideSource
      onIprError={(event) => console.warn(event.detail.code)}
    />
    <Wrappers.IprChart
      chart="punitive-damages-trend"
      onIprReady={() => undefined}
      onIprDownload={(event) => event.preventDefault()}
    />
    <Wrappers.IprReport sections="stats charts" onIprError={(event) => event.detail.message} />
  </>
);
// @ts-expect-error not a bundled metric id
const wrong = <Wrappers.IprStatCard metric="punitive-damage-cases" />;

// The manifest is importable.
const modules: number = manifest.modules.length;

export { card, chart, same, report, latest, value, text, label, ok, wrong, modules };
