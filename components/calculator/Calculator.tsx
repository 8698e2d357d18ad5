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
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RaterRole } from '../../src/lib/assessment/raters';
import { knownIds, type CalculatorModel } from '../../src/lib/calculator/model';
import type { Person } from '../../src/lib/assessment/people-format';
import { assess, type Assessment } from '../../src/lib/calculator/results';
import type { CalculatorState } from '../../src/lib/calculator/state/types';
import type { StorageMode } from '../../src/lib/calculator/storage-mode';
import { DispatchContext, LadderContext, useDispatch, useModel } from './context';
import { Messages } from './Messages';
import { PersonBar } from './people/PersonBar';
import { RaterSwitch } from './RaterSwitch';
import { RateView } from './rate/RateView';
import { useCalculatorStore } from './store/useCalculatorStore';
import { useRater } from './useRater';
import { panelId, tabId, ViewTabs, type Tab } from './ViewTabs';

const ReportView = lazy(() => import('./report/ReportView'));
const TeamView = lazy(() => import('./team/TeamView'));
const IncomingChoice = lazy(() => import('./people/IncomingChoice'));
// Shown only when something needs a choice: a problem with saved data, ratings carried from an older ladder.
const Notices = lazy(() => import('./Notices'));
const LadderChanged = lazy(() => import('./people/LadderChanged'));

interface Props {
  model: CalculatorModel;
  /** Where ratings are kept; default 'local' (this browser's localStorage). */
  storage?: StorageMode;
  /** Show only these competency ids. Scoring still covers the whole track, so the score needs all of them. */
  competencies?: readonly string[];
  /** Level code ("L3") whose target profile the chart, gap table and checklist compare against. */
  targetLevel?: string;
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
const TABS: Tab<View>[] = [
  { id: 'rate', label: 'Rate' },
  { id: 'results', label: 'Results' },
];
const TEAM_TAB: Tab<View> = { id: 'team', label: 'Team' };

/**
 * The results for the person on screen: the rater on screen is assessed on every rating, both raters only for
 * the Results view, which shows both (null otherwise); the competencies shown, and the level aimed at.
 */
function useResults(
  person: Person,
  role: RaterRole,
  withBoth: boolean,
  competencies: readonly string[] | undefined,
  targetCode: string | undefined,
) {
  const model = useModel();
  const activeRater = person.raters[role];
  const active = useMemo(() => assess(model, activeRater), [model, activeRater]);
  const otherRater = person.raters[role === 'self' ? 'manager' : 'self'];
  const other = useMemo(() => (withBoth ? assess(model, otherRater) : null), [withBoth, model, otherRater]);
  const results = other && (role === 'self' ? { self: active, manager: other } : { self: other, manager: active });
  const shown = useMemo(
    () => (competencies ? model.competencies.filter((c) => competencies.includes(c.id)) : model.competencies),
    [model, competencies],
  );
  const target =
    (targetCode ? model.levels.find((level) => level.code === targetCode) : undefined) ??
    (person.target ? model.levels[person.target - 1] : undefined);
  return { active, results, shown, target };
}

export default function Calculator({ model, storage = 'local', ...props }: Props) {
  const known = useMemo(() => knownIds(model), [model]);
  const ladder = useMemo(() => ({ model, known }), [model, known]);
  const { state, active, dispatch } = useCalculatorStore(model, known, storage);
  return (
    <LadderContext value={ladder}>
      <DispatchContext value={dispatch}>
        <Screen {...props} state={state} person={active} />
      </DispatchContext>
    </LadderContext>
  );
}

type ScreenProps = Omit<Props, 'model' | 'storage'> & { state: CalculatorState; person: Person };

/** The calculator on screen: what arrived or went wrong, whose ratings, and the three views. */
function Screen({ state, person, competencies, targetLevel, onResults, team = true }: ScreenProps) {
  const dispatch = useDispatch();
  const [role, setRole] = useRater(state, person);
  const [view, setView] = useState<View>('rate');
  const [printing, setPrinting] = useState(false);
  const ratedHere = useRef(false);

  const { active, results, shown, target } = useResults(person, role, view === 'results', competencies, targetLevel);

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
  const tabs = team && state.persist ? [...TABS, TEAM_TAB] : TABS;

  return (
    <div className="calc" data-loaded={state.loaded ? 'true' : 'false'} data-view={view}>
      <Header state={state} person={person}>
        <RaterSwitch role={role} onChange={setRole} />
      </Header>
      <ViewTabs tabs={tabs} selected={view} onSelect={setView} idPrefix={ID} />
      <div className="calc-panel" role="tabpanel" id={panelId(ID, view)} aria-labelledby={tabId(ID, view)}>
        {view === 'rate' && (
          <RateView
            {...{ state, person, role }}
            competencies={shown}
            assessment={active}
            onRate={rate}
            onPrint={print}
          />
        )}
        {view !== 'rate' && <Messages notices={state.notices} />}
        {view === 'results' && results && (
          <Suspense fallback={<p className="calc-muted">Loading the results…</p>}>
            <ReportView
              {...{ person, role, results, target }}
              competencies={shown}
              withHistory={state.persist}
              onPrint={() => window.print()}
              printNow={printing}
              onPrinted={() => setPrinting(false)}
            />
          </Suspense>
        )}
        {view === 'team' && (
          <Suspense fallback={<p className="calc-muted">Loading the team view…</p>}>
            <TeamView
              people={state.people}
              onOpen={(id) => {
                dispatch({ type: 'select', id });
                setView('rate');
              }}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}

interface HeaderProps {
  state: CalculatorState;
  person: Person;
  /** The rater switch. */
  children: ReactNode;
}

/**
 * Above the views: problems and arrivals to deal with, and whose ratings these are. What is stored where is
 * said by the page around the island (<Privacy>: server-rendered on the self-assessment page, so the page's
 * largest text paints before the island's script is requested; by EmbedCalculator in the embed, which also
 * says when it shows some competencies only).
 */
function Header({ state, person, children }: HeaderProps) {
  return (
    <>
      {state.notices.some((notice) => notice.kind !== 'message') && (
        <Suspense fallback={null}>
          <Notices notices={state.notices} people={state.people} />
        </Suspense>
      )}
      {state.incoming && (
        <Suspense fallback={null}>
          <IncomingChoice incoming={state.incoming} people={state.people} />
        </Suspense>
      )}
      {person.carried && !person.carried.seen && (
        <Suspense fallback={null}>
          <LadderChanged person={person} />
        </Suspense>
      )}
      <div className="calc-bar">
        {state.persist && <PersonBar people={state.people} active={person} enabled={!state.incoming} />}
        {children}
      </div>
    </>
  );
}
