/**
 * What an answer card says, per track: the few facts and lists each kind of answer shows (a competency's
 * level with its target, a promotion step's criteria, two levels side by side, the hire bar, the scoring
 * rule), taken from the ladder at build time. src/pages/search/answers/ writes one file per track and one
 * per competency (its levels' items, the bulk); the search page fetches them only when a question has an
 * answer there, so plain searches never pay for them.
 *
 * Pure: a track in, JSON-ready data out.
 */
import type { Competency, CompetencyLevel, Track } from '../ladder/model';
import { pageOfKind } from '../ladder/lookup';
import { shortLabel } from '../reading/format';

export interface CompetencyLevelAnswer {
  level: string;
  summary: string;
  behaviours: string[];
  outputs: string[];
  traps: string[];
  antiSignal: string;
  wouldSee: string;
  /** The measurement matrix cells at this level, "Dimension: cell". */
  cells: string[];
}

export interface TrackAnswers {
  slug: string;
  name: string;
  hireBar: string;
  totalWeight: number;
  /** The rating scale's names, lowest first: a target of 3 is scale[2]. */
  scale: string[];
  labels: {
    behaviour: string;
    output: string;
    trap: string;
    antiSignal: string;
    wouldSee: string;
    matrix: string;
    demonstrate: string;
    promotion: string;
    icTracks: string;
    trackMoves: string;
    whenToConsider: string;
  };
  levels: { code: string; title: string; tagline: string; band: { min: number; max: number } }[];
  competencies: {
    slug: string;
    name: string;
    shortName: string;
    weight: number;
    targets: Record<string, number>;
    rule: { label: string; text: string };
    /** The levels it has a file for (competencyLevelAnswer). */
    levels: string[];
  }[];
  promotions: { slug: string; from: string; to: string; summary: string; demonstrate: string[] }[];
  icTracks: { slug: string; title: string; level: string; summary: string; whenToConsider: string[] }[];
  trackMoves: string[];
  /** The self-assessment page's title, where the score is worked out. */
  selfAssessment: string;
}

const texts = (items: { text: string }[]) => items.map((item) => item.text);

export function trackAnswers(track: Track): TrackAnswers {
  const { labels } = track;
  const selfAssessment = pageOfKind(track, 'self-assessment');
  return {
    slug: track.slug,
    name: track.name,
    hireBar: track.hireBar,
    totalWeight: track.totalWeight,
    scale: track.scaleLegend,
    labels: {
      behaviour: labels.observableBehaviours,
      output: labels.expectedOutputs,
      trap: labels.commonTraps,
      antiSignal: shortLabel(labels.antiSignal),
      wouldSee: labels.whatYouWouldSee,
      matrix: labels.measurementMatrix,
      demonstrate: labels.whatToDemonstrate,
      promotion: labels.promotion,
      icTracks: labels.icTracks,
      trackMoves: labels.trackMoves,
      whenToConsider: labels.whenToConsider,
    },
    levels: track.levels.map((level) => ({
      code: level.code,
      title: level.fullTitle ?? level.title,
      tagline: level.tagline,
      band: level.band,
    })),
    competencies: track.competencies.map((competency) => ({
      slug: competency.slug,
      name: competency.name,
      shortName: competency.shortName,
      weight: competency.weight,
      targets: competency.targets,
      rule: { label: competency.rule.label, text: competency.rule.text },
      levels: competency.levels.map((block) => block.level),
    })),
    promotions: track.promotions.map((promotion) => ({
      slug: promotion.slug,
      from: promotion.from,
      to: promotion.to,
      summary: promotion.summary,
      demonstrate: texts(promotion.demonstrate),
    })),
    icTracks: track.icTracks.map((ic) => ({
      slug: ic.slug,
      title: ic.title,
      level: ic.level,
      summary: ic.bodyText,
      whenToConsider: ic.whenToConsider,
    })),
    trackMoves: track.trackMoves,
    selfAssessment: selfAssessment ? (selfAssessment.heading ?? selfAssessment.title) : '',
  };
}

/**
 * One competency's level as its answer cards list it: src/pages/search/answers/[track]/[competency]/[level].json.ts
 * (a file per level keeps the answer to "L3 in Code Quality" to one small file).
 */
export function competencyLevelAnswer(competency: Competency, block: CompetencyLevel): CompetencyLevelAnswer {
  return {
    level: block.level,
    summary: block.summary,
    behaviours: texts(block.behaviours),
    outputs: texts(block.outputs),
    traps: texts(block.traps),
    antiSignal: block.antiSignal.text,
    wouldSee: block.wouldSee.text,
    cells: competency.dimensions
      .filter((dimension) => dimension.cells[block.level]?.text)
      .map((dimension) => `${dimension.name}: ${dimension.cells[block.level]!.text}`),
  };
}
