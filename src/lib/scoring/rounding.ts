/**
 * Half-up rounding that is safe against binary floating-point noise.
 *
 * A score such as 1.85 can arrive as 1.8499999999999999 after a division, and a
 * naive Math.round(x * 10) / 10 would then read the wrong ladder level. We nudge
 * by a tiny epsilon (far below any real difference between two ladder scores,
 * which differ by at least 0.5 / totalWeight) before flooring.
 */

const EPSILON = 1e-9;

/** Round `value` half-up (towards +infinity on ties) to `decimals` places. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) {
    throw new Error(`cannot round ${value}: expected a finite number`);
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new Error(`cannot round to ${decimals} decimals: expected an integer 0 to 10`);
  }
  const factor = 10 ** decimals;
  const scaledUnits = Math.floor(value * factor + 0.5 + EPSILON * factor);
  // Dividing an integer by a power of ten gives the same double as the decimal literal.
  return scaledUnits / factor;
}

/** The ladder reads levels from the score rounded half-up to one decimal. */
export function roundScore(score: number): number {
  return roundHalfUp(score, 1);
}

/** Two-decimal display string, rounded half-up (toFixed alone gets 1.005 wrong). */
export function formatScore(score: number): string {
  return roundHalfUp(score, 2).toFixed(2);
}
