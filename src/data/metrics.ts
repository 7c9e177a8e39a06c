import { byId } from './by-id.js';
import type { Metric, MetricId } from './types.js';

const list: readonly Metric[] = [
  {
    id: 'ip-crime-prosecutions',
    unit: 'people',
  },
  {
    id: 'punitive-damages-cases',
    unit: 'cases',
  },
  {
    id: 'ip-cases-concluded',
    unit: 'cases',
  },
  {
    id: 'ev-trade-secret-award',
    unit: 'cny',
  },
  {
    id: 'punitive-damages-amount',
    unit: 'cny',
  },
  {
    id: 'punitive-damages-share',
    unit: 'percent',
  },
  {
    id: 'punitive-growth-multiple',
    unit: 'multiple',
  },
];

/** What each bundled metric measures, by id. */
export const METRICS: Readonly<Record<MetricId, Metric>> = byId(list);

/** Every metric id a stat card accepts, in the order the demo and report show them. */
export const METRIC_IDS: readonly MetricId[] = Object.freeze(list.map((m) => m.id));

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(METRICS, value);
}
