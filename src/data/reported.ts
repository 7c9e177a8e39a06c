import type { Figure, ScopeNote } from './types.js';

/**
 * The figures printed in the sources, exactly as given there: those of the 2025 reports, and
 * for context those of the 2024 reports. Derived figures are not here: derived.ts computes them
 * from these.
 */
export const REPORTED: readonly Figure[] = [
  {
    metric: 'ip-crime-prosecutions',
    period: '2024',
    value: 21_000,
    unit: 'people',
    kind: 'reported',
    sources: ['spp-2025'],
    roundedTo: 1000,
  },
  {
    metric: 'punitive-damages-cases',
    period: '2024',
    value: 460,
    unit: 'cases',
    kind: 'reported',
    sources: ['spc-2025'],
    change: { percent: 44.2, kind: 'reported', against: '2023' },
  },
  {
    metric: 'ip-cases-concluded',
    period: '2024',
    value: 494_000,
    unit: 'cases',
    kind: 'reported',
    sources: ['spc-2025'],
    change: { percent: 0.9, kind: 'reported', against: '2023' },
  },
  {
    metric: 'ev-trade-secret-award',
    period: '2025',
    value: 640_000_000,
    unit: 'cny',
    kind: 'reported',
    sources: ['spc-2025'],
    caveat: true,
  },
  {
    metric: 'ip-crime-prosecutions',
    period: '2023',
    value: 18_000,
    unit: 'people',
    kind: 'context',
    sources: ['chinadaily-2024'],
    roundedTo: 1000,
    change: { percent: 40.8, kind: 'reported', against: '2022' },
  },
  {
    metric: 'ip-cases-concluded',
    period: '2023',
    value: 490_000,
    unit: 'cases',
    kind: 'context',
    sources: ['chinadaily-2024'],
    change: { percent: 1.8, kind: 'reported', against: '2022' },
  },
  {
    metric: 'punitive-damages-cases',
    period: '2023',
    value: 319,
    unit: 'cases',
    kind: 'context',
    sources: ['chinadaily-2024', 'mondaq-2024-06-21'],
    change: { percent: 117, kind: 'reported', against: '2022' },
  },
  {
    metric: 'punitive-damages-amount',
    period: '2023',
    value: 1_160_000_000,
    unit: 'cny',
    kind: 'context',
    sources: ['chinadaily-2024', 'mondaq-2024-06-21'],
    change: { percent: 350, kind: 'reported', against: '2022' },
  },
];

/** Figures of a different scope: for notes beside a metric, never for a series. */
export const SCOPE_NOTES: readonly ScopeNote[] = [
  {
    about: 'ip-cases-concluded',
    period: '2024',
    source: 'xinhua-2025-04-21',
    text: {
      en: "The SPC's April 2025 figures count more than 540,000 IP cases concluded in 2024, a wider count than the work report's 494,000.",
      zh: '最高人民法院2025年4月发布的数据显示，2024年审结知识产权案件逾54万件，统计口径宽于工作报告的49.4万件。',
    },
  },
  {
    about: 'ip-crime-prosecutions',
    period: '2024',
    source: 'xinhua-2025-04-23',
    text: {
      en: "The SPP's white paper counts 33,805 individuals in IP prosecution cases handled (accepted and reviewed) and 13,486 in arrest reviews, about 81 % of them trademark cases: people in cases handled, not people prosecuted.",
      zh: '最高人民检察院白皮书统计，2024年受理审查起诉侵犯知识产权犯罪33805人、审查逮捕13486人，约81%涉及商标：此为办理案件涉及人数，并非起诉人数。',
    },
  },
];
