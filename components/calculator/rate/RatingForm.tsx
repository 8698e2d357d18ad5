/**
 * The rating form of one rater: every competency open, every dimension one row of levels, then the rater's
 * notes. A complete assessment is one choice per dimension and nothing else.
 */
import type { RaterRole, Raters } from '../../../src/lib/assessment/raters';
import type { ModelCompetency } from '../../../src/lib/calculator/model';
import type { Assessment } from '../../../src/lib/calculator/results';
import { RATER_NAMES } from '../../../src/lib/assessment/raters';
import { CompetencySection } from './CompetencySection';

interface Props {
  /** The competencies shown (all, or the embed's ?competencies=). */
  competencies: readonly ModelCompetency[];
  raters: Raters;
  role: RaterRole;
  assessment: Assessment;
  onRate: (competencyId: string, dimensionId: string, level: number) => void;
  onAntiSignal: (competencyId: string, level: number, observed: boolean) => void;
  onClear: (competency: ModelCompetency) => void;
  onNote: (note: string) => void;
}

export function RatingForm({ competencies, raters, role, assessment, ...on }: Props) {
  const otherRole: RaterRole = role === 'self' ? 'manager' : 'self';
  const idPrefix = `calc-${role}`;
  return (
    <div className="calc-form">
      <div className="calc-form__head">
        <h2>Rate each dimension: {RATER_NAMES[role]}</h2>
        <p className="calc-muted">
          Pick the level that matches what you see most of the time. A level’s description from the measurement matrix
          shows under its row when you point at it, focus it or pick it.
        </p>
      </div>
      {competencies.map((competency) => (
        <CompetencySection
          key={`${role}-${competency.id}`}

          competency={competency}
          rater={raters[role]}
          other={{ name: RATER_NAMES[otherRole], rater: raters[otherRole] }}
          outcome={assessment.competencies.find((outcome) => outcome.id === competency.id)!}
          idPrefix={idPrefix}
          onRate={(dimensionId, level) => on.onRate(competency.id, dimensionId, level)}
          onAntiSignal={(level, observed) => on.onAntiSignal(competency.id, level, observed)}
          onClear={() => on.onClear(competency)}
        />
      ))}
      <p className="calc-note">
        <label htmlFor={`${idPrefix}-note`}>Notes and evidence ({RATER_NAMES[role]})</label>
        <textarea
          id={`${idPrefix}-note`}
          rows={3}
          maxLength={5000}
          value={raters[role].note ?? ''}
          onChange={(event) => on.onNote(event.currentTarget.value)}
        />
      </p>
    </div>
  );
}
