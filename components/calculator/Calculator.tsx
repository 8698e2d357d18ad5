/**
 * The scoring calculator island. Two raters (self and manager) rate every dimension of every competency
 * for one of the people kept in this browser; the ladder's rule turns that into competency levels, a
 * weighted score and a ladder level, shown from the first rated competency on. Three views: Rate (the form
 * beside the result bar), Results (the full report) and Team (everyone at once); the last two load when
 * first opened. All state stays in this browser: src/lib/calculator/state/ (the reducer) and
 * store/useCalculatorStore.ts (its effects). The ladder and dispatch reach the components by context.
 *
 * The embed (src/pages/[track]/embed.astro via EmbedCalculator) uses the optional props: in-memory storage,
 * a subset of competencies, a chosen target level and a callback for results.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment-state';
import { knownIds, type CalculatorModel } from '../../src/lib/calculator/model';
import { newPerson, type Person } from '../../src/lib/calculator/people';
import { assess, type Assessment } from '../../src/lib/calculator/results';
import type { StorageMode } from '../../src/lib/calculator/storage-mode';
import { DispatchContext, LadderContext } from './context';
import { Messages } from './Messages';
import { Notices } from './Notices';
import { PartialView } from './PartialView';
import { PersonBar } from './people/PersonBar';
import { Privacy } from './Privacy';
import { RaterSwitch } from './RaterSwitch';
import { RateView } from './rate/RateView';
import { useCalculatorStore } from './store/useCalculatorStore';
import { useRater } from './useRater';
import { panelId, tabId, ViewTabs, type Tab } from './ViewTabs';

const ReportView = lazy(() => import('./report/ReportView'));
const TeamView = lazy(() => import('./team/TeamView'));
const IncomingChoice = lazy(() => import('./people/IncomingChoice'));

interface Props {
  model: CalculatorModel;
  /** Where ratings are kept; default 'local' (this browser's localStorage). */
  storage?: StorageMode;
  /** Show only these competency ids. Scoring still covers the whole track, so the score needs all of them. */
  competencies?: readonly string[];
  /** Level code ("L3") whose target profile the chart, gap table and checklist compare against. */
  targetLevel?: string;
  /** Where the whole calculator is, linked when only some competencies are shown. */
  fullCalculatorHref?: string;
  /**
   * Called with the selected rater's results whenever they change, once the person has rated something on
   * this page: nothing is reported about ratings they did not touch here.
   */
  onResults?: (assessment: Assessment, rater: RaterRole) => void;
  /** Offer the Team view (all saved people); default true where people are kept. */
  team?: boolean;
}

type View = 'rate' | 'results' | 'team';
const ID = 'calc';

export default function Calculator({
  model,
  storage = 'local',
  competencies,
  targetLevel: targetCode,
  fullCalculatorHref,
  onResults,
  team = true,
}: Props) {
  const known = useMemo(() => knownIds(model), [model]);
  const ladder = useMemo(() => ({ model, known }), [model, known]);
  const { state, active: person, dispatch } = useCalculatorStore(model, known, storage);
  const [role, setRole] = useRater(state.incoming);
  const [view, setView] = useState<View>('rate');
  const [printing, setPrinting] = useState(false);
  const ratedHere = useRef(false);

  const results = useMemo(
    () => ({ self: assess(model, person.raters.self), manager: assess(model, person.raters.manager) }),
    [model, person.raters],
  );
  const active = results[role];
  const shown = useMemo(
    () => (competencies ? model.competencies.filter((c) => competencies.includes(c.id)) : model.competencies),
    [model, competencies],
  );
  const target =
    (targetCode ? model.levels.find((level) => level.code === targetCode) : undefined) ??
    (person.target ? model.levels[person.target - 1] : undefined);

  useEffect(() => {
    if (state.loaded && ratedHere.current) onResults?.(active, role);
  }, [state.loaded, active, role, onResults]);

  /** A rating the person made on this page (the embed reports results only after one). */
  const rate = useCallback(
    (change: (person: Person) => Person) => {
      ratedHere.current = true;
      dispatch({ type: 'edit', change });
    },
    [dispatch],
  );
  const print = () => {
    setView('results');
    setPrinting(true);
  };
  const tabs: Tab<View>[] = [
    { id: 'rate', label: 'Rate' },
    { id: 'results', label: 'Results' },
    ...(team && state.persist ? [{ id: 'team' as const, label: 'Team' }] : []),
  ];

  return (
    <LadderContext value={ladder}>
      <DispatchContext value={dispatch}>
        <div className="calc" data-loaded={state.loaded ? 'true' : 'false'} data-view={view}>
          <Privacy persist={state.persist} />
          {shown.length < model.competencies.length && (
            <PartialView shown={shown.length} total={model.competencies.length} href={fullCalculatorHref} />
          )}
          <Notices notices={state.notices} />
          {state.incoming && (
            <Suspense fallback={null}>
              <IncomingChoice
                incoming={state.incoming}
                people={state.people}
                onChoose={(choice) => dispatch({ type: 'resolve', choice })}
              />
            </Suspense>
          )}

          <div className="calc-bar">
            {state.persist && (
              <PersonBar
                people={state.people}
                active={person}
                enabled={!state.incoming}
                onSelect={(id) => dispatch({ type: 'select', id })}
                onAdd={(name) => dispatch({ type: 'add', person: newPerson(name) })}
                onRename={(id, name) => dispatch({ type: 'rename', id, name })}
                onSnapshot={(id) => dispatch({ type: 'snapshot', id })}
                onDelete={(id) => dispatch({ type: 'remove', id })}
              />
            )}
            <RaterSwitch role={role} onChange={setRole} />
          </div>

          <ViewTabs tabs={tabs} selected={view} onSelect={setView} idPrefix={ID} />
          <div className="calc-panel" role="tabpanel" id={panelId(ID, view)} aria-labelledby={tabId(ID, view)}>
            {view === 'rate' && (
              <RateView
                state={state}
                person={person}
                competencies={shown}
                role={role}
                assessment={active}
                onRate={rate}
                onPrint={print}
              />
            )}
            {view !== 'rate' && <Messages notices={state.notices} />}
            {view === 'results' && (
              <Suspense fallback={<p className="calc-muted">Loading the results…</p>}>
                <ReportView
                  model={model}
                  competencies={shown}
                  person={person}
                  role={role}
                  results={results}
                  target={target}
                  withHistory={state.persist}
                  onEdit={(change) => dispatch({ type: 'edit', change })}
                  onPrint={() => window.print()}
                  printNow={printing}
                  onPrinted={() => setPrinting(false)}
                />
              </Suspense>
            )}
            {view === 'team' && (
              <Suspense fallback={<p className="calc-muted">Loading the team view…</p>}>
                <TeamView
                  model={model}
                  known={known}
                  people={state.people}
                  onOpen={(id) => {
                    dispatch({ type: 'select', id });
                    setView('rate');
                  }}
                  onTarget={(id, rank) => dispatch({ type: 'set-target', id, rank })}
                  inform={(text) => dispatch({ type: 'inform', text })}
                />
              </Suspense>
            )}
          </div>
        </div>
      </DispatchContext>
    </LadderContext>
  );
}
