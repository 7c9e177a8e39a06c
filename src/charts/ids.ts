/**
 * Ids of the bundled charts, apart from their code: the embed page and the data entry check ids
 * without loading the chart chunk. `bundled.ts` defines one chart for each, checked by the compiler.
 */
export const CHART_IDS = [
  'punitive-damages-trend',
  'prosecutions-trend',
  'cases-concluded-trend',
  'growth-comparison',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: unknown): value is ChartId {
  return typeof value === 'string' && (CHART_IDS as readonly string[]).includes(value);
}
