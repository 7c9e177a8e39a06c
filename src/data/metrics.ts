import type { Metric, MetricId } from './types.js';

const list: readonly Metric[] = [
  {
    id: 'ip-crime-prosecutions',
    unit: 'people',
    label: { en: 'people prosecuted for IP crimes', zh: '起诉侵犯知识产权犯罪人数' },
  },
  {
    id: 'punitive-damages-cases',
    unit: 'cases',
    label: { en: 'cases with punitive damages', zh: '适用惩罚性赔偿案件' },
  },
  {
    id: 'ip-cases-concluded',
    unit: 'cases',
    label: { en: 'IP cases concluded by the courts', zh: '人民法院审结知识产权案件' },
  },
  {
    id: 'ev-trade-secret-award',
    unit: 'cny',
    label: {
      en: 'awarded in an electric-vehicle trade-secret dispute',
      zh: '新能源汽车商业秘密纠纷判赔额',
    },
  },
  {
    id: 'punitive-damages-amount',
    unit: 'cny',
    label: { en: 'punitive damages awarded', zh: '判处惩罚性赔偿金额' },
  },
  {
    id: 'punitive-damages-share',
    unit: 'percent',
    label: {
      en: 'of concluded IP cases carried punitive damages',
      zh: '审结知识产权案件中适用惩罚性赔偿的比例',
    },
  },
  {
    id: 'punitive-growth-multiple',
    unit: 'multiple',
    label: {
      en: 'faster growth of punitive-damages cases than of IP cases concluded',
      zh: '惩罚性赔偿案件增速与知识产权案件审结数增速之比',
    },
  },
];

/** What each bundled metric measures, by id. */
export const METRICS: Readonly<Record<MetricId, Metric>> = Object.freeze(
  Object.fromEntries(list.map((m) => [m.id, m])) as Record<MetricId, Metric>,
);

/** Every metric id a stat card accepts, in the order the demo and report show them. */
export const METRIC_IDS: readonly MetricId[] = Object.freeze(list.map((m) => m.id));

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(METRICS, value);
}
