/**
 * The rating form of one rater: every competency open, every dimension one row of levels, then the rater's
 * notes. A complete assessment is one choice per dimension and nothing else. Memoised with its sections and
 * rows: handlers are stable and take ids, so a rating re-renders the competency it belongs to and one row.
 */
import { memo } from 'react';
import type { RaterRole, Raters } from '@lib/assessment/raters';
import type { ModelCompetency } from '@lib/calculator/model';
import type { Assessment } from '@lib/calculator/results';
import { RATER_NAMES } from '@lib/assessment/raters';
import { useModel } from '../context';
import { CompetencySection } from './CompetencySection';

interface Props {
  /** The competencies shown (all, or the embed's ?competencies=). */
  competencies: readonly ModelCompetency[];
  raters: Raters;
  role: RaterRole;
  assessment: Assessment;
  onRate: (competencyId: string, dimensionId: string, level: number) => void;
  onRateAll: (competencyId: string, level: number) => void;
  onAntiSignal: (competencyId: string, level: number, observed: boolean) => void;
  onClear: (competencyId: string) => void;
  onNote: (note: string) => void;
}

export const RatingForm = memo(function RatingForm({ competencies, raters, role, assessment, ...on }: Props) {
  const model = useModel();
  const otherRole: RaterRole = role === 'self' ? 'manager' : 'self';
  const idPrefix = `calc-${role}`;
  const rater = raters[role];
  const other = raters[otherRole];
  return (
    <div className="calc-form" id={`${idPrefix}-form`}>
      <div className="calc-form__head">
        <h2>Rate each dimension: {RATER_NAMES[role]}</h2>
        <p className="calc-muted">
          Pick the level that matches what you see most of the time. A level’s description from the measurement matrix
          shows under its row when you point at it, focus it or pick it. With the keyboard, Tab goes from dimension to
          dimension, the arrow keys move between levels, and a digit key (1 for {model.levels[0]?.code}) picks that
          level and goes on to the next dimension.
        </p>
      </div>
      {competencies.map((competency) => (
        <CompetencySection
          key={`${role}-${competency.id}`}

          competency={competency}
          ratings={rater.ratings[competency.id]}
          observed={rater.antiSignals[competency.id]}
          otherName={RATER_NAMES[otherRole]}
          otherRatings={other.ratings[competency.id]}
          outcome={assessment.competencies.find((outcome) => outcome.id === competency.id)!}
          idPrefix={idPrefix}
          onRate={on.onRate}
          onRateAll={on.onRateAll}
          onAntiSignal={on.onAntiSignal}
          onClear={on.onClear}
        />
      ))}
      <p className="calc-note">
        <label htmlFor={`${idPrefix}-note`}>Notes and evidence ({RATER_NAMES[role]})</label>
        <textarea
          id={`${idPrefix}-note`}
          rows={3}
          maxLength={5000}
          value={rater.note ?? ''}
          onChange={(event) => on.onNote(event.currentTarget.value)}
        />
      </p>
    </div>
  );
});
