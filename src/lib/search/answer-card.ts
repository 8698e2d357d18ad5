/**
 * The answer card's content for a target: a heading, a line of facts, a sentence or two and one short
 * list, enough to read the answer without opening the page. Pure (the search page renders it as DOM).
 */
import type { ItemKind } from './terms';
import type { CompetencyLevelAnswer, TrackAnswers } from './answers';
import type { AnswerTarget } from './understand';

export interface AnswerCard {
  title: string;
  /** Short facts shown under the title ("Target 3 · Proficient"). */
  facts: string[];
  summary: string;
  list?: { heading: string; items: string[] };
  /** Where the card links ("Open Code Quality at L3"). */
  linkText: string;
}

/** How many list items a card shows; the page has the rest. */
const LIST_LIMIT = 6;

const capped = (heading: string, items: string[]) => ({
  heading,
  items:
    items.length > LIST_LIMIT
      ? [...items.slice(0, LIST_LIMIT - 1), `and ${items.length - LIST_LIMIT + 1} more on the page`]
      : items,
});

/** The items of one kind at one level ("behaviour" -> the behaviours). */
function partItems(block: CompetencyLevelAnswer, part: ItemKind): string[] {
  switch (part) {
    case 'behaviour':
      return block.behaviours;
    case 'output':
      return block.outputs;
    case 'trap':
      return block.traps;
    case 'antiSignal':
      return [block.antiSignal];
    case 'wouldSee':
      return [block.wouldSee];
    case 'matrix':
      return block.cells;
  }
}

function partLabel(answers: TrackAnswers, part: ItemKind): string {
  return answers.labels[part];
}

const levelName = (answers: TrackAnswers, code: string) => {
  const level = answers.levels.find((candidate) => candidate.code === code);
  return level ? `${code} · ${level.title}` : code;
};

const band = (answers: TrackAnswers, code: string) => {
  const level = answers.levels.find((candidate) => candidate.code === code);
  return level ? `score ${level.band.min.toFixed(1)} – ${level.band.max.toFixed(1)}` : '';
};

function competencyLevelCard(
  answers: TrackAnswers,
  target: Extract<AnswerTarget, { type: 'competencyLevel' }>,
  levels: CompetencyLevelAnswer[],
): AnswerCard | undefined {
  const competency = answers.competencies.find((candidate) => candidate.slug === target.competency);
  const block = levels.find((candidate) => candidate.level === target.level);
  if (!competency || !block) return undefined;
  const goal = competency.targets[target.level];
  const part = target.part ?? 'behaviour';
  return {
    title: `${competency.shortName} at ${levelName(answers, target.level)}`,
    facts:
      goal === undefined ? [] : [`Target ${goal}${answers.scale[goal - 1] ? ` · ${answers.scale[goal - 1]}` : ''}`],
    summary: block.summary,
    list: capped(partLabel(answers, part), partItems(block, part)),
    linkText: `Open ${competency.shortName} at ${target.level}`,
  };
}

function competencyKindCard(
  answers: TrackAnswers,
  target: Extract<AnswerTarget, { type: 'competencyKind' }>,
  levels: CompetencyLevelAnswer[],
): AnswerCard | undefined {
  const competency = answers.competencies.find((candidate) => candidate.slug === target.competency);
  if (!competency || levels.length === 0) return undefined;
  const label = partLabel(answers, target.part);
  const items = levels.flatMap((block) => partItems(block, target.part).map((text) => `${block.level}: ${text}`));
  return {
    title: `${competency.shortName}: ${label}`,
    facts: [],
    summary: '',
    list: capped(label, items),
    linkText: `Open ${competency.shortName}`,
  };
}

function compareCard(answers: TrackAnswers, from: string, to: string): AnswerCard {
  const rising = answers.competencies
    .filter((competency) => (competency.targets[to] ?? 0) > (competency.targets[from] ?? 0))
    .map((competency) => `${competency.shortName}: ${competency.targets[from]} → ${competency.targets[to]}`);
  return {
    title: `${from} compared with ${to}`,
    facts: [from, to].map((code) => `${levelName(answers, code)} (${band(answers, code)})`),
    summary: [from, to]
      .map((code) => `${code}: ${answers.levels.find((level) => level.code === code)?.tagline ?? ''}`)
      .join(' '),
    list: rising.length ? capped('Targets that rise', rising) : undefined,
    linkText: `Compare ${from} and ${to}`,
  };
}

function icTracksCard(answers: TrackAnswers, target: Extract<AnswerTarget, { type: 'icTracks' }>): AnswerCard {
  const ic = answers.icTracks.find((candidate) => candidate.slug === target.icTrack);
  if (ic) {
    return {
      title: ic.title,
      facts: [levelName(answers, ic.level)],
      summary: ic.summary,
      list: capped(answers.labels.whenToConsider, ic.whenToConsider),
      linkText: `Open ${ic.title}`,
    };
  }
  if (target.moves) {
    return {
      title: answers.labels.trackMoves,
      facts: [],
      summary: '',
      list: capped(answers.labels.trackMoves, answers.trackMoves),
      linkText: `Open ${answers.labels.icTracks}`,
    };
  }
  return {
    title: answers.labels.icTracks,
    facts: [],
    summary: '',
    list: capped(
      answers.labels.icTracks,
      answers.icTracks.map((candidate) => `${candidate.level}: ${candidate.title}`),
    ),
    linkText: `Open ${answers.labels.icTracks}`,
  };
}

function promotionCard(answers: TrackAnswers, step: string | undefined): AnswerCard {
  const promotion = answers.promotions.find((candidate) => candidate.slug === step);
  if (!promotion) {
    return {
      title: answers.labels.promotion,
      facts: [],
      summary: '',
      list: capped(
        answers.labels.promotion,
        answers.promotions.map((candidate) => `${candidate.from} → ${candidate.to}: ${candidate.summary}`),
      ),
      linkText: `Open ${answers.labels.promotion}`,
    };
  }
  return {
    title: `Promotion ${promotion.from} → ${promotion.to}`,
    facts: [`${levelName(answers, promotion.from)} → ${levelName(answers, promotion.to)}`],
    summary: promotion.summary,
    list: capped(answers.labels.demonstrate, promotion.demonstrate),
    linkText: `Open the ${promotion.from} → ${promotion.to} promotion step`,
  };
}

/** Whether a target's card lists a competency's level items (fetched per competency). */
export const needsCompetencyLevels = (
  target: AnswerTarget,
): target is Extract<AnswerTarget, { type: 'competencyLevel' | 'competencyKind' }> =>
  target.type === 'competencyLevel' || target.type === 'competencyKind';

/**
 * The card for a target, or undefined when the data does not hold what the target names. `levels` are the
 * named competency's levels (competencyAnswers), for the targets that list them.
 */
export function answerCard(
  target: AnswerTarget,
  answers: TrackAnswers,
  levels: CompetencyLevelAnswer[] = [],
): AnswerCard | undefined {
  switch (target.type) {
    case 'competencyLevel':
      return competencyLevelCard(answers, target, levels);
    case 'competencyKind':
      return competencyKindCard(answers, target, levels);
    case 'competency': {
      const competency = answers.competencies.find((candidate) => candidate.slug === target.competency);
      if (!competency) return undefined;
      return {
        title: competency.name,
        facts: [`Weight ×${competency.weight}`, competency.rule.label],
        summary: '',
        list: capped(
          'Target by level',
          answers.levels.map((level) => `${level.code}: ${competency.targets[level.code] ?? '–'}`),
        ),
        linkText: `Open ${competency.shortName}`,
      };
    }
    case 'level': {
      const level = answers.levels.find((candidate) => candidate.code === target.level);
      if (!level) return undefined;
      return {
        title: levelName(answers, level.code),
        facts: [band(answers, level.code), ...(level.code === answers.hireBar ? ['hire bar'] : [])],
        summary: level.tagline,
        linkText: `Open ${level.code}`,
      };
    }
    case 'promotion':
      return promotionCard(answers, target.step);
    case 'compare':
      return compareCard(answers, target.from, target.to);
    case 'icTracks':
      return icTracksCard(answers, target);
    case 'hireBar': {
      const level = answers.levels.find((candidate) => candidate.code === answers.hireBar);
      return {
        title: `Hire bar: ${levelName(answers, answers.hireBar)}`,
        facts: level ? [`from a score of ${level.band.min.toFixed(1)}`] : [],
        summary: level ? `${level.code}: ${level.tagline}` : '',
        linkText: `Open the ${answers.name} levels`,
      };
    }
    case 'scoringRule': {
      const competency = answers.competencies.find((candidate) => candidate.slug === target.competency);
      if (!competency) return undefined;
      return {
        title: `${competency.shortName}: ${competency.rule.label}`,
        facts: [`Weight ×${competency.weight} of ${answers.totalWeight}`],
        summary: competency.rule.text,
        linkText: `Open the ${competency.shortName} scoring rule`,
      };
    }
    case 'overallScore':
      return {
        title: 'How the score is calculated',
        facts: [`Total weight ${answers.totalWeight}`],
        summary:
          "Each competency's level comes from its own scoring rule; the score is their average weighted by " +
          "the competencies' weights, and the level is the band the score falls in.",
        list: capped(
          'Bands',
          answers.levels.map((level) => `${levelName(answers, level.code)}: ${band(answers, level.code)}`),
        ),
        linkText: `Open ${answers.selfAssessment || 'the self-assessment'}`,
      };
  }
}
