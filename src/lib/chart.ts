// The arithmetic of the worksheets' small charts (shared/BarChart.tsx, the goal sizer's ladder):
// hand-made, so each picture costs a few hundred bytes instead of a chart library.

/** A bar's length in percent of the scale, for a value from 0 to `max` (clamped; one decimal). */
export function barPercent(value: number, max: number): number {
  const top = Math.max(1, max);
  return Math.round((Math.min(Math.max(value, 0), top) / top) * 1000) / 10;
}

/** The top of a scale for counts (wins per week): the largest count, never below 1. */
export const countScale = (values: readonly number[]): number => Math.max(1, ...values);

/** Rungs of the goal sizer's ladder that narrow (each a step narrower, in CSS); later ones stay at the last. */
export const LADDER_STEPS = 6;

/** The step a version's rung sits at: 0 for the first, narrowing up to LADDER_STEPS - 1. */
export const ladderStep = (index: number): number => Math.min(Math.max(index, 0), LADDER_STEPS - 1);
