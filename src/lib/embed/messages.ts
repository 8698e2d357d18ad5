/**
 * The messages between the embed and the page that frames it (docs/embedding.md documents them).
 *
 * The embed posts:
 *   { type: 'career-ladder:resize', version: 1, height }          whenever its content height changes; the
 *                                                                 first one is its greeting to the host script
 *   { type: 'career-ladder:result', version: 1, track, rater,
 *     score, level, competencies: [{ id, level }] }              on every result change, only with
 *                                                                 ?postResults=1 and an explicit parentOrigin,
 *                                                                 once a host script has answered
 * The host script answers with, and the embed listens only to:
 *   { type: 'career-ladder:view', version: 1, top, bottom }       which part of the frame is on screen, on the
 *                                                                 first message and whenever the page scrolls
 */
import type { CalculatorModel } from '../calculator/model';
import type { Assessment } from '../calculator/results';

export const MESSAGE_VERSION = 1;
export const RESIZE_MESSAGE = 'career-ladder:resize';
export const RESULT_MESSAGE = 'career-ladder:result';
export const VIEW_MESSAGE = 'career-ladder:view';

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

/** The part of the frame on the host's screen, in the frame's own CSS pixels from its top edge. */
export interface ViewMessage {
  type: typeof VIEW_MESSAGE;
  version: typeof MESSAGE_VERSION;
  /** First row of the frame on screen (0 when the frame's top is in view). */
  top: number;
  /** Row below the last one on screen (the frame's height when its bottom is in view); top when none is. */
  bottom: number;
}

/** The host's view message in `data`, or undefined for anything else (the embed ignores it). */
export function readViewMessage(data: unknown): ViewMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { type, version, top, bottom } = data as Record<string, unknown>;
  if (type !== VIEW_MESSAGE || version !== MESSAGE_VERSION) return undefined;
  if (typeof top !== 'number' || typeof bottom !== 'number') return undefined;
  if (!Number.isFinite(top) || !Number.isFinite(bottom) || top < 0 || bottom < top) return undefined;
  return { type, version, top, bottom };
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
