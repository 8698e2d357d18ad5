/**
 * The scoring calculator island. Two raters (self and manager) rate every dimension of every competency
 * for one of the people kept in this browser; the ladder's rule turns that into competency levels, a
 * weighted score and a ladder level, shown from the first rated competency on. Three views: Rate (the form
 * beside the result bar), Results (the full report) and Team (everyone at once); the last two load when
 * first opened. All state stays in this browser (see store/usePeopleStore).
 *
 * The embed (src/pages/[track]/embed.astro via EmbedCalculator) uses the optional props: in-memory storage,
 * a subset of competencies, a chosen target level and a callback for results.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment-state';
import { knownIds, type CalculatorModel } from '../../src/lib/calculator/model';
import type { Person } from '../../src/lib/calculator/people';
import { assess, type Assessment } from '../../src/lib/calculator/results';
import { Messages, Notices } from './Notices';
import { PersonBar } from './people/PersonBar';
import { PartialView, Privacy } from './Privacy';
import { RaterSwitch } from './RaterSwitch';
import { RateView } from './rate/RateView';
import { usePeopleStore, type StorageMode } from './store/usePeopleStore';
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
  const store = usePeopleStore(model, known, storage);
  const [role, setRole] = useRater(store.incoming);
  const [view, setView] = useState<View>('rate');
  const [printing, setPrinting] = useState(false);
  const ratedHere = useRef(false);
  const person = store.active;

  // The rater on screen is assessed on every rating; both only for the Results view, which shows both.
  const activeRater = person.raters[role];
  const active = useMemo(() => assess(model, activeRater), [model, activeRater]);
  const otherRater = person.raters[role === 'self' ? 'manager' : 'self'];
  const other = useMemo(() => (view === 'results' ? assess(model, otherRater) : null), [view, model, otherRater]);
  const results = other && (role === 'self' ? { self: active, manager: other } : { self: other, manager: active });
  const shown = useMemo(
    () => (competencies ? model.competencies.filter((c) => competencies.includes(c.id)) : model.competencies),
    [model, competencies],
  );
  const target =
    (targetCode ? model.levels.find((level) => level.code === targetCode) : undefined) ??
    (person.target ? model.levels[person.target - 1] : undefined);

  useEffect(() => {
    if (store.loaded && ratedHere.current) onResults?.(active, role);
  }, [store.loaded, active, role, onResults]);

  /** A rating the person made on this page (the embed reports results only after one). */
  const rate = useCallback(
    (change: (person: Person) => Person) => {
      ratedHere.current = true;
      store.edit(change);
    },
    [store],
  );
  const print = () => {
    setView('results');
    setPrinting(true);
  };
  const tabs: Tab<View>[] = [
    { id: 'rate', label: 'Rate' },
    { id: 'results', label: 'Results' },
    ...(team && store.persist ? [{ id: 'team' as const, label: 'Team' }] : []),
  ];

  return (
    <div className="calc" data-loaded={store.loaded ? 'true' : 'false'} data-view={view}>
      <Privacy persist={store.persist} />
      {shown.length < model.competencies.length && (
        <PartialView shown={shown.length} total={model.competencies.length} href={fullCalculatorHref} />
      )}
      <Notices notices={store.notices} onStartOver={store.startOver} onDismiss={store.dismiss} />
      {store.incoming && (
        <Suspense fallback={null}>
          <IncomingChoice incoming={store.incoming} people={store.people} onChoose={store.resolve} />
        </Suspense>
      )}

      <div className="calc-bar">
        {store.persist && (
          <PersonBar
            people={store.people}
            active={person}
            enabled={!store.incoming}
            onSelect={store.select}
            onAdd={store.add}
            onRename={store.rename}
            onSnapshot={store.snapshot}
            onDelete={store.remove}
          />
        )}
        <RaterSwitch role={role} onChange={setRole} />
      </div>

      <ViewTabs tabs={tabs} selected={view} onSelect={setView} idPrefix={ID} />
      <div className="calc-panel" role="tabpanel" id={panelId(ID, view)} aria-labelledby={tabId(ID, view)}>
        {view === 'rate' && (
          <RateView
            model={model}
            known={known}
            store={store}
            competencies={shown}
            role={role}
            assessment={active}
            onRate={rate}
            onPrint={print}
          />
        )}
        {view !== 'rate' && <Messages notices={store.notices} onDismiss={store.dismiss} />}
        {view === 'results' && results && (
          <Suspense fallback={<p className="calc-muted">Loading the results…</p>}>
            <ReportView
              model={model}
              competencies={shown}
              person={person}
              role={role}
              results={results}
              target={target}
              withHistory={store.persist}
              onEdit={store.edit}
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
              people={store.people}
              onOpen={(id) => {
                store.select(id);
                setView('rate');
              }}
              onTarget={store.setTarget}
              inform={store.inform}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
