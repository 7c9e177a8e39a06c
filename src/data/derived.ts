import { REPORTED } from './reported.js';
import type { Figure, MetricId } from './types.js';

function reported(metric: MetricId, period: string): Figure {
  const figure = REPORTED.find((f) => f.metric === metric && f.period === period);
  if (!figure) throw new Error(`No reported figure ${metric} ${period}`);
  return figure;
}

function reportedGrowth(metric: MetricId, period: string): number {
  const change = reported(metric, period).change;
  if (!change) throw new Error(`No reported change for ${metric} ${period}`);
  return change.percent;
}

/** A value one period earlier, from a value and its reported growth: v / (1 + g). */
export function backFromGrowth(value: number, growthPercent: number): number {
  return value / (1 + growthPercent / 100);
}

/** Growth in percent from one value to the next: (b / a − 1) × 100. */
export function growthPercent(from: number, to: number): number {
  return (to / from - 1) * 100;
}

// The derived figures of the README's table of figures, each from reported figures only. Separate functions,
// so a bundle keeps only those it uses.
/** 460 / 1.442: checks the reported 319. */
export const punitiveCases2023 = (): number =>
  backFromGrowth(
    reported('punitive-damages-cases', '2024').value,
    reportedGrowth('punitive-damages-cases', '2024'),
  );

/** 494,000 / 1.009: checks the reported ≈490,000. */
export const casesConcluded2023 = (): number =>
  backFromGrowth(reported('ip-cases-concluded', '2024').value, reportedGrowth('ip-cases-concluded', '2024'));

/** 21,000 / 18,000 − 1, in percent. */
export const prosecutionsGrowth2024 = (): number =>
  growthPercent(
    reported('ip-crime-prosecutions', '2023').value,
    reported('ip-crime-prosecutions', '2024').value,
  );

/** 319 / 2.17. */
export const punitiveCases2022 = (): number =>
  backFromGrowth(
    reported('punitive-damages-cases', '2023').value,
    reportedGrowth('punitive-damages-cases', '2023'),
  );

/** 460 / 494,000, in percent. */
export const punitiveShare2024 = (): number =>
  (reported('punitive-damages-cases', '2024').value / reported('ip-cases-concluded', '2024').value) * 100;

/** 44.2 % / 0.9 %. */
export const punitiveGrowthMultiple2024 = (): number =>
  reportedGrowth('punitive-damages-cases', '2024') / reportedGrowth('ip-cases-concluded', '2024');

/** Reported figures that gain a derived change, and the derived figures shown as their own. */
function buildDerived(): { figures: Figure[]; changes: Map<Figure, Figure> } {
  const prosecutions2023 = reported('ip-crime-prosecutions', '2023');
  const prosecutions2024 = reported('ip-crime-prosecutions', '2024');
  const punitive2023 = reported('punitive-damages-cases', '2023');
  const punitive2024 = reported('punitive-damages-cases', '2024');
  const concluded2024 = reported('ip-cases-concluded', '2024');

  const changes = new Map<Figure, Figure>([
    [
      prosecutions2024,
      {
        ...prosecutions2024,
        sources: [...prosecutions2024.sources, ...prosecutions2023.sources],
        change: {
          percent: prosecutionsGrowth2024(),
          kind: 'derived',
          against: prosecutions2023.period,
          from: prosecutions2023,
        },
      },
    ],
  ]);

  const figures: Figure[] = [
    {
      metric: 'punitive-damages-cases',
      period: '2022',
      value: punitiveCases2022(),
      unit: 'cases',
      kind: 'derived',
      sources: punitive2023.sources,
      derivation: {
        op: 'back-from-growth',
        base: punitive2023.value,
        basePeriod: punitive2023.period,
        growthPercent: reportedGrowth('punitive-damages-cases', '2023'),
      },
    },
    {
      metric: 'punitive-damages-share',
      period: '2024',
      value: punitiveShare2024(),
      unit: 'percent',
      kind: 'derived',
      sources: ['spc-2025'],
      derivation: { op: 'share', part: punitive2024.value, whole: concluded2024.value },
    },
    {
      metric: 'punitive-growth-multiple',
      period: '2024',
      value: punitiveGrowthMultiple2024(),
      unit: 'multiple',
      kind: 'derived',
      sources: ['spc-2025'],
      derivation: {
        op: 'growth-multiple',
        faster: reportedGrowth('punitive-damages-cases', '2024'),
        slower: reportedGrowth('ip-cases-concluded', '2024'),
      },
    },
  ];
  return { figures, changes };
}

const built = buildDerived();

/** Every figure the widgets can show: reported and context figures (with derived changes added) and derived figures. */
export const FIGURES: readonly Figure[] = Object.freeze([
  ...REPORTED.map((f) => built.changes.get(f) ?? f),
  ...built.figures,
]);
