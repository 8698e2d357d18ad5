/** The seed ladder and the mini fixture ladder as calculator models, plus helpers to fill in ratings. */
import type { Rater } from '../../../../src/lib/assessment/raters';
import { buildCalculatorModel, type CalculatorModel } from '../../../../src/lib/calculator/model';
import { buildLadder } from '../../../../src/lib/ladder/model';
import { readContentDir } from '../../../../src/lib/ladder/read-content-dir';
import { miniLadderDir, repoRoot, seedContentDir } from '../ladder/support';

export const seedTrack = buildLadder(readContentDir(seedContentDir, repoRoot)).tracks[0]!;
export const seedModel = buildCalculatorModel(seedTrack, '/');
export const miniTrack = buildLadder(readContentDir(miniLadderDir, repoRoot)).tracks.find(
  (track) => track.slug === 'data-analyst',
)!;

/** A rater who gives every dimension of every competency `level`, with `overrides` per competency (dimension order). */
export function raterWith(
  model: CalculatorModel,
  level: number,
  overrides: Record<string, number[]> = {},
  antiSignals: Record<string, number[]> = {},
): Rater {
  const ratings: Rater['ratings'] = {};
  for (const competency of model.competencies) {
    const values = overrides[competency.id] ?? competency.dimensions.map(() => level);
    ratings[competency.id] = Object.fromEntries(competency.dimensions.map((d, i) => [d.id, values[i]!]));
  }
  return { ratings, antiSignals };
}

export const blankRater = (): Rater => ({ ratings: {}, antiSignals: {} });
