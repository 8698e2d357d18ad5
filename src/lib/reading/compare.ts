/**
 * What changes between two levels of a track, competency by competency: the target, the behaviours and
 * outputs that are new at the higher level (those the lower level already lists are kept apart as
 * unchanged), the anti-signals on either side, and each measurement-matrix dimension. Pure, so the compare
 * pages only render and the rules are unit-tested.
 */
import { blockAt } from '../ladder/lookup';
import type { Competency, CompetencyLevel, Dimension, Item, Level, Track } from '../ladder/model';

export interface ItemDiff {
  /** Items the higher level lists and the lower one does not. */
  added: Item[];
  /** Items both levels list word for word (shown de-emphasised). */
  kept: Item[];
}

export interface DimensionDiff {
  dimension: Dimension;
  from: Item | undefined;
  to: Item | undefined;
  /** Both levels describe this dimension in the same words. */
  same: boolean;
}

export interface CompetencyDiff {
  competency: Competency;
  fromTarget: number;
  toTarget: number;
  /** toTarget − fromTarget. */
  change: number;
  from: CompetencyLevel | undefined;
  to: CompetencyLevel | undefined;
  behaviours: ItemDiff;
  outputs: ItemDiff;
  dimensions: DimensionDiff[];
}

export interface LevelDiff {
  from: Level;
  to: Level;
  competencies: CompetencyDiff[];
  /** Competencies whose target goes up, stays and (unusually) goes down. */
  raised: CompetencyDiff[];
  unchanged: CompetencyDiff[];
  lowered: CompetencyDiff[];
  /** How many behaviours and outputs are new at the higher level, over all competencies. */
  addedBehaviours: number;
  addedOutputs: number;
}

/** Compares texts the way a reader would: case, spacing and final punctuation do not make an item new. */
const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;:\s]+$/, '')
    .trim();

export function diffItems(lower: readonly Item[], higher: readonly Item[]): ItemDiff {
  const known = new Set(lower.map((item) => normalise(item.text)));
  const added: Item[] = [];
  const kept: Item[] = [];
  for (const item of higher) (known.has(normalise(item.text)) ? kept : added).push(item);
  return { added, kept };
}

function diffCompetency(competency: Competency, from: Level, to: Level): CompetencyDiff {
  const lower = blockAt(competency, from.code);
  const higher = blockAt(competency, to.code);
  const fromTarget = competency.targets[from.code] ?? 0;
  const toTarget = competency.targets[to.code] ?? 0;
  return {
    competency,
    fromTarget,
    toTarget,
    change: toTarget - fromTarget,
    from: lower,
    to: higher,
    behaviours: diffItems(lower?.behaviours ?? [], higher?.behaviours ?? []),
    outputs: diffItems(lower?.outputs ?? [], higher?.outputs ?? []),
    dimensions: competency.dimensions.map((dimension) => {
      const a = dimension.cells[from.code];
      const b = dimension.cells[to.code];
      return { dimension, from: a, to: b, same: Boolean(a && b && normalise(a.text) === normalise(b.text)) };
    }),
  };
}

/** The difference from `from` to `to` (pass the lower level first, as the compare routes do). */
export function diffLevels(track: Track, from: Level, to: Level): LevelDiff {
  const competencies = track.competencies.map((competency) => diffCompetency(competency, from, to));
  const count = (pick: (diff: CompetencyDiff) => ItemDiff) =>
    competencies.reduce((sum, diff) => sum + pick(diff).added.length, 0);
  return {
    from,
    to,
    competencies,
    raised: competencies.filter((diff) => diff.change > 0),
    unchanged: competencies.filter((diff) => diff.change === 0),
    lowered: competencies.filter((diff) => diff.change < 0),
    addedBehaviours: count((diff) => diff.behaviours),
    addedOutputs: count((diff) => diff.outputs),
  };
}

/** "+1", "−1", "±0": a target change as the compare page writes it. */
export const formatChange = (change: number): string =>
  change > 0 ? `+${change}` : change < 0 ? `\u2212${-change}` : '\u00b10';
