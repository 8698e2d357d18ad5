/**
 * The "Rate" view: the rating form of the person and rater on screen, beside the result bar with its
 * actions (share link, export, import, print, clear). Every rating goes through `onRate`, so the island
 * knows the person rated something on this page.
 */
import { useMemo, useState } from 'react';
import type { KnownIds, RaterRole } from '../../../src/lib/assessment-state';
import {
  clearCompetency,
  restoreCompetency,
  setAntiSignal,
  setNote,
  setRating,
} from '../../../src/lib/calculator/edit';
import type { CalculatorModel, ModelCompetency } from '../../../src/lib/calculator/model';
import { baselineSnapshot, type Person } from '../../../src/lib/calculator/people';
import { RATER_NAMES } from '../../../src/lib/calculator/raters';
import { assess, changeSince, type Assessment } from '../../../src/lib/calculator/results';
import { Messages } from '../Notices';
import { ResultActions } from '../result/ResultActions';
import { ResultPanel } from '../result/ResultPanel';
import { ShareBox } from '../result/ShareBox';
import { useShareLink } from '../result/useShareLink';
import type { PeopleStore } from '../store/usePeopleStore';
import { RatingForm } from './RatingForm';
import { RATE_TARGET, useSkipToRating } from './focusFirstRating';
import { useStableCallback } from './useStableCallback';

type Edit = (person: Person) => Person;

interface Props {
  model: CalculatorModel;
  known: KnownIds;
  store: PeopleStore;
  competencies: readonly ModelCompetency[];
  role: RaterRole;
  assessment: Assessment;
  /** A rating change made by the person (as opposed to a note, or an undo). */
  onRate: (change: Edit) => void;
  onPrint: () => void;
}

export function RateView({ model, known, store, competencies, role, assessment, onRate, onPrint }: Props) {
  const person = store.active;
  const [expanded, setExpanded] = useState(false);
  useSkipToRating();
  const share = useShareLink(model, person, store.inform, () => setExpanded(true));
  const baseline = store.persist ? baselineSnapshot(person) : undefined;
  const baselineLevels = useMemo(
    () => (baseline ? assess(model, baseline.raters[role]).levels : undefined),
    [model, baseline, role],
  );
  const change = baseline &&
    baselineLevels && { since: baseline.date, by: changeSince(model, assessment.levels, baselineLevels) };
  const competencyOf = (id: string) => model.competencies.find((c) => c.id === id)!;

  // Stable handlers (see useStableCallback): the form's rows are memoised on them.
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
      store.inform(`Rated every ${competency.shortName} dimension at ${model.levels[level - 1]?.code}.`, () =>
        store.editPerson(person.id, (p) => restoreCompetency(p, role, competencyId, before)),
      );
  });
  const antiSignal = useStableCallback((competencyId: string, level: number, observed: boolean) =>
    onRate((p) => setAntiSignal(p, role, competencyId, level, observed)),
  );
  const clearOne = useStableCallback((competencyId: string) => {
    const competency = competencyOf(competencyId);
    const before = person.raters[role];
    onRate((p) => clearCompetency(p, role, competencyId));
    store.inform(`Cleared ${competency.shortName} (${RATER_NAMES[role]}).`, () =>
      store.editPerson(person.id, (p) => restoreCompetency(p, role, competencyId, before)),
    );
  });
  const note = useStableCallback((text: string) => store.edit((p) => setNote(p, role, text)));

  return (
    <div className="calc-layout" id={RATE_TARGET}>
      <RatingForm
        model={model}
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
        model={model}
        competencies={competencies}
        assessment={assessment}
        whose={`${store.persist ? `${person.name} · ` : ''}${RATER_NAMES[role]}`}
        {...(change ? { change } : {})}
        expanded={expanded}
        onExpand={setExpanded}
        messages={<Messages notices={store.notices} onDismiss={store.dismiss} />}
        actions={
          <ResultActions
            model={model}
            known={known}
            people={store.people}
            person={person}
            persist={store.persist}
            onShare={share.make}
            onReceive={store.receive}
            onPrint={onPrint}
            onClear={() => store.clearRatings(person.id)}
            inform={store.inform}
          />
        }
      >
        {share.url && <ShareBox url={share.url} includeText={share.includeText} onIncludeText={share.setIncludeText} />}
      </ResultPanel>
    </div>
  );
}
