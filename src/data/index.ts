import { FIGURES } from './derived.js';
import { METRICS } from './metrics.js';
import { SCOPE_NOTES } from './reported.js';
import type { Figure, MetricId, ScopeNote } from './types.js';

export * from './types.js';
export { SOURCES, sourceLink } from './sources.js';
export { METRICS, METRIC_IDS, isMetricId } from './metrics.js';
export { REPORTED, SCOPE_NOTES } from './reported.js';
export { DESCRIPTIONS } from './descriptions.js';
export { SOURCE_TITLES } from './source-titles.js';
export { FIGURES, backFromGrowth, growthPercent } from './derived.js';
export { growthRange } from './rounding.js';
import * as formulas from './derived.js';

/** The derived figures' formulas, by name: `derive.punitiveCases2022()`. */
export const derive = {
  punitiveCases2023: formulas.punitiveCases2023,
  casesConcluded2023: formulas.casesConcluded2023,
  prosecutionsGrowth2024: formulas.prosecutionsGrowth2024,
  punitiveCases2022: formulas.punitiveCases2022,
  punitiveShare2024: formulas.punitiveShare2024,
  punitiveGrowthMultiple2024: formulas.punitiveGrowthMultiple2024,
} as const;

/** Periods of a metric, oldest first. */
export function periodsOf(metric: MetricId): string[] {
  return FIGURES.filter((f) => f.metric === metric)
    .map((f) => f.period)
    .sort();
}

/** A metric's figure for a period; without a period, its latest. */
export function figureOf(metric: MetricId, period?: string): Figure | undefined {
  const all = FIGURES.filter((f) => f.metric === metric);
  if (period !== undefined) return all.find((f) => f.period === period);
  return all.reduce<Figure | undefined>((a, b) => (!a || b.period > a.period ? b : a), undefined);
}

/** Notes of figures of another scope that a reader of this metric should know. */
export function scopeNotesOf(metric: MetricId): ScopeNote[] {
  return SCOPE_NOTES.filter((n) => n.about === metric);
}

/** The unit a metric counts in, for checks that never mix units on one axis. */
export function unitOf(metric: MetricId): Figure['unit'] {
  return METRICS[metric].unit;
}
