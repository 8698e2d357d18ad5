/**
 * The "Rate" view: the rating form of the person and rater on screen, beside the result bar with its
 * actions (share link, export, import, print, clear). Every rating goes through `onRate`, so the island
 * knows the person rated something on this page.
 */
import { useState } from 'react';
import type { RaterRole } from '../../../src/lib/assessment/raters';
import {
  clearCompetency,
  restoreCompetency,
  setAntiSignal,
  setNote,
  setRating,
} from '../../../src/lib/calculator/edit';
import type { ModelCompetency } from '../../../src/lib/calculator/model';
import { baselineSnapshot } from '../../../src/lib/calculator/people';
import { type Person } from '../../../src/lib/assessment/people-format';
import { RATER_NAMES } from '../../../src/lib/assessment/raters';
import { assess, changeSince, type Assessment } from '../../../src/lib/calculator/results';
import type { CalculatorState } from '../../../src/lib/calculator/state/types';
import { useDispatch, useModel } from '../context';
import { Messages } from '../Messages';
import { ResultActions } from '../result/ResultActions';
import { ResultPanel } from '../result/ResultPanel';
import { ShareBox } from '../result/ShareBox';
import { useShareLink } from '../result/useShareLink';
import { RatingForm } from './RatingForm';

type Edit = (person: Person) => Person;

interface Props {
  state: CalculatorState;
  /** The person on screen. */
  person: Person;
  competencies: readonly ModelCompetency[];
  role: RaterRole;
  assessment: Assessment;
  /** A rating change made by the person (as opposed to a note, or an undo). */
  onRate: (change: Edit) => void;
  onPrint: () => void;
}

export function RateView({ state, person, competencies, role, assessment, onRate, onPrint }: Props) {
  const model = useModel();
  const dispatch = useDispatch();
  const inform = (text: string) => dispatch({ type: 'inform', text });
  const [expanded, setExpanded] = useState(false);
  const share = useShareLink(model, person, inform, () => setExpanded(true));
  const baseline = state.persist ? baselineSnapshot(person) : undefined;
  const change = baseline && {
    since: baseline.date.slice(0, 10),
    by: changeSince(model, assessment.levels, assess(model, baseline.raters[role]).levels),
  };

  const clearOne = (competency: ModelCompetency) => {
    const before = person.raters[role];
    onRate((p) => clearCompetency(p, role, competency.id));
    dispatch({
      type: 'inform',
      text: `Cleared ${competency.shortName} (${RATER_NAMES[role]}).`,
      undo: { type: 'edit-person', id: person.id, change: (p) => restoreCompetency(p, role, competency.id, before) },
    });
  };

  return (
    <div className="calc-layout">
      <RatingForm
        competencies={competencies}
        raters={person.raters}
        role={role}
        assessment={assessment}
        onRate={(competencyId, dimensionId, level) =>
          onRate((p) => setRating(p, role, competencyId, dimensionId, level))
        }
        onAntiSignal={(competencyId, level, observed) =>
          onRate((p) => setAntiSignal(p, role, competencyId, level, observed))
        }
        onClear={clearOne}
        onNote={(note) => dispatch({ type: 'edit', change: (p) => setNote(p, role, note) })}
      />
      <ResultPanel
        competencies={competencies}
        assessment={assessment}
        whose={`${state.persist ? `${person.name} · ` : ''}${RATER_NAMES[role]}`}
        {...(change ? { change } : {})}
        expanded={expanded}
        onExpand={setExpanded}
        messages={<Messages notices={state.notices} />}
        actions={
          <ResultActions
            people={state.people}
            person={person}
            persist={state.persist}
            onShare={share.make}
            onReceive={(incoming) => dispatch({ type: 'receive', incoming })}
            onPrint={onPrint}
            onClear={() => dispatch({ type: 'clear-ratings', id: person.id })}
            inform={inform}
          />
        }
      >
        {share.url && <ShareBox url={share.url} includeText={share.includeText} onIncludeText={share.setIncludeText} />}
      </ResultPanel>
    </div>
  );
}
