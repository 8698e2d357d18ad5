/**
 * The "Rate" view: the rating form of the person and rater on screen, beside the result bar with its
 * actions (share link, export, import, print, clear). Every rating goes through `onRate`, so the island
 * knows the person rated something on this page.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { RaterRole } from '@lib/assessment/raters';
import { clearCompetency, restoreCompetency, setAntiSignal, setNote, setRating } from '@lib/calculator/edit';
import type { ModelCompetency } from '@lib/calculator/model';
import { baselineSnapshot } from '@lib/calculator/people';
import { type Person } from '@lib/assessment/people-format';
import { RATER_NAMES } from '@lib/assessment/raters';
import { assess, changeSince, type Assessment } from '@lib/calculator/results';
import type { CalculatorState } from '@lib/calculator/state/types';
import { useDispatch, useModel } from '../context';
import { Messages } from '../Messages';
import { ResultActions } from '../result/ResultActions';
import { ResultPanel } from '../result/ResultPanel';
import { useShareLink } from '../result/useShareLink';
import { RatingForm } from './RatingForm';
import { RATE_TARGET, useSkipToRating } from './focusFirstRating';
import { useStableCallback } from './useStableCallback';

// The share link's field shows once a link is made: its code loads then, with the encoder.
const ShareBox = lazy(() => import('../result/ShareBox'));

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
  useSkipToRating();
  const share = useShareLink(model, person, inform, () => setExpanded(true));
  const change = useChangeSinceSnapshot(state.persist, person, role, assessment);
  const { rateOne, rateAll, antiSignal, clearOne, note } = useRatingHandlers(person, role, onRate);

  return (
    <div className="calc-layout" id={RATE_TARGET}>
      <RatingForm
        competencies={competencies}
        raters={person.raters}
        role={role}
        assessment={assessment}
        onRate={rateOne}
        onRateAll={rateAll}
        onAntiSignal={antiSignal}
        onClear={clearOne}
        onNote={note}
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
        {share.url && (
          <Suspense fallback={null}>
            <ShareBox url={share.url} includeText={share.includeText} onIncludeText={share.setIncludeText} />
          </Suspense>
        )}
      </ResultPanel>
    </div>
  );
}

/** The change since the person's last snapshot, when ratings are kept in this browser. */
function useChangeSinceSnapshot(persist: boolean, person: Person, role: RaterRole, assessment: Assessment) {
  const model = useModel();
  const baseline = persist ? baselineSnapshot(person) : undefined;
  const baselineLevels = useMemo(
    () => (baseline ? assess(model, baseline.raters[role]).levels : undefined),
    [model, baseline, role],
  );
  return (
    baseline && baselineLevels && { since: baseline.date, by: changeSince(model, assessment.levels, baselineLevels) }
  );
}

/**
 * The rating form's handlers, stable (see useStableCallback): the form's rows are memoised on them. Rating
 * a whole competency over earlier ratings and clearing one offer Undo.
 */
function useRatingHandlers(person: Person, role: RaterRole, onRate: (change: Edit) => void) {
  const model = useModel();
  const dispatch = useDispatch();
  const competencyOf = (id: string) => model.competencies.find((c) => c.id === id)!;
  const informUndo = (text: string, change: Edit) =>
    dispatch({ type: 'inform', text, undo: { type: 'edit-person', id: person.id, change } });

  const rateOne = useStableCallback((competencyId: string, dimensionId: string, level: number) =>
    onRate((p) => setRating(p, role, competencyId, dimensionId, level)),
  );
  const rateAll = useStableCallback((competencyId: string, level: number) => {
    const competency = competencyOf(competencyId);
    const before = person.raters[role];
    const had = before.ratings[competencyId] ?? {};
    onRate((p) => competency.dimensions.reduce((next, d) => setRating(next, role, competencyId, d.id, level), p));
    // Ratings it overwrote can be had back; filling in blank rows needs no undo.
    if (competency.dimensions.some((d) => had[d.id] !== undefined && had[d.id] !== level))
      informUndo(`Rated every ${competency.shortName} dimension at ${model.levels[level - 1]?.code}.`, (p) =>
        restoreCompetency(p, role, competencyId, before),
      );
  });
  const antiSignal = useStableCallback((competencyId: string, level: number, observed: boolean) =>
    onRate((p) => setAntiSignal(p, role, competencyId, level, observed)),
  );
  const clearOne = useStableCallback((competencyId: string) => {
    const competency = competencyOf(competencyId);
    const before = person.raters[role];
    onRate((p) => clearCompetency(p, role, competencyId));
    informUndo(`Cleared ${competency.shortName} (${RATER_NAMES[role]}).`, (p) =>
      restoreCompetency(p, role, competencyId, before),
    );
  });
  const note = useStableCallback((text: string) => dispatch({ type: 'edit', change: (p) => setNote(p, role, text) }));
  return { rateOne, rateAll, antiSignal, clearOne, note };
}
