/** Distance from current competency levels to a target level per competency. */

export interface CompetencyGap {
  id: string;
  /** Current level, or null when the competency is not rated yet. */
  level: number | null;
  target: number;
  /** target − level (negative when above target); null when unrated. */
  gap: number | null;
  met: boolean;
}

/** One entry per competency in `targets`, in the order of `targets`. */
export function gapToTarget(
  levels: Readonly<Record<string, number | null | undefined>>,
  targets: Readonly<Record<string, number>>,
): CompetencyGap[] {
  return Object.entries(targets).map(([id, target]) => {
    const level = levels[id] ?? null;
    if (level === null) return { id, level: null, target, gap: null, met: false };
    return { id, level, target, gap: target - level, met: level >= target };
  });
}
