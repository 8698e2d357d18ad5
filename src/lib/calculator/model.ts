/**
 * The calculator island's view of one track: a compact, JSON-serialisable model built from the ladder at
 * build time. The island gets only this (as props), so it ships no content loader and no schema, and
 * every text or number it shows comes from content.
 *
 * Levels are numbers 1..N everywhere here (their rank); level codes ("L3") are only for display.
 */
import type { KnownIds } from '../assessment/raters';
import type { LadderVersions } from '../assessment/ladder-versions';
import type { Requirement } from './readiness';
import { subTrackName } from '../ladder/lookup';
import type { Competency, Criterion, Dimension, Level, Promotion, Track } from '../ladder/model';
import { anchors, joinBase, routes } from '../routes';

// The island's types are the ladder's (ladder-schema.ts), narrowed to what it shows. Levels become their
// rank, per-level records become arrays (index 0 = level 1), and every page it links to gets its href.

/** The URL of the page that explains this part of the ladder. */
interface Linked {
  href: string;
}

export type ModelLevel = Pick<Level, 'rank' | 'code' | 'title' | 'band' | 'scaleName' | 'matrixName'> & Linked;

export type ModelDimension = Pick<Dimension, 'id' | 'name'> & {
  /** The matrix cell text per level, index 0 = level 1. */
  cells: string[];
};

export type ModelCompetency = Pick<Competency, 'name' | 'shortName' | 'weight' | 'rule'> &
  Linked & {
    /** The competency's slug. */
    id: string;
    /** Target competency level per ladder level, index 0 = level 1. */
    targets: number[];
    dimensions: ModelDimension[];
    /** The anti-signal text per level, index 0 = level 1 (empty when content has none). */
    antiSignals: string[];
  };

export type ModelCriterion = Pick<Criterion, 'id' | 'text'> & {
  /** Sub-track this criterion applies to, by name ("Tech Lead"); absent when it applies to all. */
  subTrack?: string;
  /** Machine-checkable parts; empty means the rater ticks it by hand. */
  checks: Requirement[];
};

export type ModelPromotion = Pick<Promotion, 'summary'> &
  Linked & {
    /** The step's slug. */
    id: string;
    /** Ranks of the levels this step goes from and to. */
    from: number;
    to: number;
    demonstrate: ModelCriterion[];
    portfolio: ModelCriterion[];
    verification: string[];
  };

export interface CalculatorModel {
  track: Pick<Track, 'name' | 'abbreviation' | 'totalWeight'> & { id: string };
  labels: Pick<
    Track['labels'],
    'dimension' | 'antiSignal' | 'weight' | 'whatToDemonstrate' | 'portfolio' | 'verificationPath'
  >;
  levels: ModelLevel[];
  competencies: ModelCompetency[];
  promotions: ModelPromotion[];
  /** The track's releases, for carrying older saved data forward (set by the page; absent before a release). */
  versions?: LadderVersions;
}

/** Builds the island's model for one track. `base` is the site's base path ("/" or "/ladder/"). */
export function buildCalculatorModel(track: Track, base = '/'): CalculatorModel {
  const rankOf = new Map(track.levels.map((level) => [level.code, level.rank]));
  const rank = (code: string, where: string): number => {
    const found = rankOf.get(code);
    if (found === undefined) throw new Error(`${where}: unknown level code "${code}" in track ${track.slug}`);
    return found;
  };
  const codes = track.levels.map((level) => level.code);

  return {
    track: { id: track.slug, name: track.name, abbreviation: track.abbreviation, totalWeight: track.totalWeight },
    labels: {
      dimension: track.labels.dimension,
      antiSignal: track.labels.antiSignal,
      weight: track.labels.weight,
      whatToDemonstrate: track.labels.whatToDemonstrate,
      portfolio: track.labels.portfolio,
      verificationPath: track.labels.verificationPath,
    },
    levels: track.levels.map((level) => ({
      rank: level.rank,
      code: level.code,
      title: level.title,
      band: { min: level.band.min, max: level.band.max },
      scaleName: level.scaleName,
      matrixName: level.matrixName,
      href: joinBase(base, routes.level(track.slug, level.slug)),
    })),
    competencies: track.competencies.map((competency) => {
      const where = `competency ${competency.slug}`;
      const antiSignalByCode = new Map(competency.levels.map((block) => [block.level, block.antiSignal.text]));
      return {
        id: competency.slug,
        name: competency.name,
        shortName: competency.shortName,
        weight: competency.weight,
        rule: { ...competency.rule },
        targets: codes.map((code) => {
          const target = competency.targets[code];
          if (target === undefined) throw new Error(`${where}: no target for level ${code}`);
          return target;
        }),
        dimensions: competency.dimensions.map((dimension) => ({
          id: dimension.id,
          name: dimension.name,
          cells: codes.map((code) => dimension.cells[code]?.text ?? ''),
        })),
        antiSignals: codes.map((code) => antiSignalByCode.get(code) ?? ''),
        href: joinBase(base, routes.competency(track.slug, competency.slug)),
      };
    }),
    promotions: track.promotions.map((promotion) => {
      const where = `promotion ${promotion.slug}`;
      const criterion = (item: (typeof promotion.demonstrate)[number]): ModelCriterion => {
        const subTrack = item.subTrack ? (subTrackName(track, item.subTrack) ?? item.subTrack) : undefined;
        return {
          id: item.id,
          text: item.text,
          ...(subTrack ? { subTrack } : {}),
          checks: item.checks.map((check) => ({
            competencies: check.competencies === 'all' ? 'all' : [...check.competencies],
            atLeast: rank(check.atLeast, where),
            mode: check.mode,
          })),
        };
      };
      return {
        id: promotion.slug,
        from: rank(promotion.from, where),
        to: rank(promotion.to, where),
        summary: promotion.summary,
        demonstrate: promotion.demonstrate.map(criterion),
        portfolio: promotion.portfolio.map(criterion),
        verification: promotion.verification.map((item) => item.text),
        href: `${joinBase(base, routes.promotion(track.slug))}#${anchors.promotionStep(promotion.slug)}`,
      };
    }),
  };
}

/** What saved or shared state may contain for this model (for validating it on load). */
export function knownIds(model: CalculatorModel): KnownIds {
  return {
    trackId: model.track.id,
    levelCount: model.levels.length,
    competencies: Object.fromEntries(
      model.competencies.map((competency) => [competency.id, competency.dimensions.map((d) => d.id)]),
    ),
    ...(model.versions ? { versions: model.versions } : {}),
  };
}
