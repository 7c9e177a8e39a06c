import { growthPercent } from './derived.js';

/** A value as the source gives it, and the step it was rounded to, if any. */
interface Rounded {
  readonly value: number;
  readonly roundedTo?: number;
}

/**
 * The lowest and highest growth two rounded figures allow, in percent: each may lie up to half
 * its rounding step either side (18,000 and 21,000 to the thousand: 20,500 / 18,500 − 1 to
 * 21,500 / 17,500 − 1), with the coarser step. Undefined when neither was rounded. Apart from
 * derived.ts, so only the notes' chunk carries it.
 */
export function growthRange(
  from: Rounded,
  to: Rounded,
): { low: number; high: number; step: number } | undefined {
  if (!from.roundedTo && !to.roundedTo) return undefined;
  const a = (from.roundedTo ?? 0) / 2;
  const b = (to.roundedTo ?? 0) / 2;
  return {
    low: growthPercent(from.value + a, to.value - b),
    high: growthPercent(from.value - a, to.value + b),
    step: Math.max(from.roundedTo ?? 0, to.roundedTo ?? 0),
  };
}
