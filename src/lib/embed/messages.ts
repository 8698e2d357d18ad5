/**
 * The messages the embed posts to the page that frames it (docs/embedding.md documents them). The embed
 * only ever sends; it does not listen for messages at all.
 *
 *   { type: 'career-ladder:resize', version: 1, height }          whenever its content height changes
 *   { type: 'career-ladder:result', version: 1, track, rater,
 *     score, level, competencies: [{ id, level }] }              on every result change, only with
 *                                                                 ?postResults=1 and an explicit parentOrigin
 */
import type { CalculatorModel } from '../calculator/model';
import type { Assessment } from '../calculator/results';

export const MESSAGE_VERSION = 1;
export const RESIZE_MESSAGE = 'career-ladder:resize';
export const RESULT_MESSAGE = 'career-ladder:result';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  version: typeof MESSAGE_VERSION;
  /** Height of the embed's content in CSS pixels, rounded up. */
  height: number;
}

export interface ResultMessage {
  type: typeof RESULT_MESSAGE;
  version: typeof MESSAGE_VERSION;
  /** Track id ("software-engineer"). */
  track: string;
  /** Whose ratings these are: the rater selected in the embed. */
  rater: 'self' | 'manager';
  /** Weighted score with two decimals (3.12); null until every competency is rated. */
  score: number | null;
  /** Ladder level code ("L3") of the score; null until every competency is rated (or outside every band). */
  level: string | null;
  /** The competencies shown in the embed, with the level code each reached; null while not fully rated. */
  competencies: { id: string; level: string | null }[];
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE, version: MESSAGE_VERSION, height: Math.max(0, Math.ceil(height)) };
}

/** The result message for one rater's assessment, limited to the competencies in `shown` (model order). */
export function resultMessage(
  model: CalculatorModel,
  assessment: Assessment,
  rater: 'self' | 'manager',
  shown: readonly string[],
): ResultMessage {
  const code = (rank: number | null | undefined) => (rank ? (model.levels[rank - 1]?.code ?? null) : null);
  const { overall } = assessment;
  return {
    type: RESULT_MESSAGE,
    version: MESSAGE_VERSION,
    track: model.track.id,
    rater,
    score: overall.scoreText === undefined ? null : Number(overall.scoreText),
    level: overall.level?.code ?? null,
    competencies: model.competencies
      .filter((competency) => shown.includes(competency.id))
      .map((competency) => ({ id: competency.id, level: code(assessment.levels[competency.id]) })),
  };
}
