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
import { lazy, Suspense, useCallback, useMemo, useRef, useState, useEffect } from 'react';
import type { RaterRole } from '../../src/lib/assessment-state';
import { clearCompetency, restoreCompetency, setAntiSignal, setNote, setRating } from '../../src/lib/calculator/edit';
import { knownIds, type CalculatorModel, type ModelCompetency } from '../../src/lib/calculator/model';
import { baselineSnapshot, raterHasInput } from '../../src/lib/calculator/people';
import { assess, changeSince, type Assessment } from '../../src/lib/calculator/results';
import { RATER_NAMES } from '../../src/lib/calculator/raters';
import { Messages, Notices } from './Notices';
import { PersonBar } from './people/PersonBar';
import { RaterSwitch } from './RaterSwitch';
import { RatingForm } from './rate/RatingForm';
import { ResultActions } from './result/ResultActions';
import { ResultPanel } from './result/ResultPanel';
import { ShareBox } from './result/ShareBox';
import { useShareLink } from './result/useShareLink';
import { usePeopleStore, type StorageMode } from './store/usePeopleStore';
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
  const [role, setRole] = useState<RaterRole>('self');
  const [view, setView] = useState<View>('rate');
  const [expanded, setExpanded] = useState(false);
  const [printing, setPrinting] = useState(false);
  const ratedHere = useRef(false);
  const person = store.active;
  // A link or file that arrives with only the other rater's ratings is shown as that rater.
  const [seenIncoming, setSeenIncoming] = useState<string | undefined>(undefined);
  const incomingId = store.incoming?.person.id;
  if (incomingId !== seenIncoming) {
    setSeenIncoming(incomingId);
    const raters = store.incoming?.person.raters;
    const other: RaterRole = role === 'self' ? 'manager' : 'self';
    if (raters && !raterHasInput(raters, role) && raterHasInput(raters, other)) setRole(other);
  }
  const share = useShareLink(model, person, store.inform, () => setExpanded(true));

  const results = useMemo(
    () => ({ self: assess(model, person.raters.self), manager: assess(model, person.raters.manager) }),
    [model, person.raters],
  );
  const active = results[role];
  const shown = useMemo(
    () => (competencies ? model.competencies.filter((c) => competencies.includes(c.id)) : model.competencies),
    [model, competencies],
  );
  const partial = shown.length < model.competencies.length;
  const target =
    (targetCode ? model.levels.find((level) => level.code === targetCode) : undefined) ??
    (person.target ? model.levels[person.target - 1] : undefined);
  const baseline = store.persist ? baselineSnapshot(person) : undefined;
  const change = baseline && {
    since: baseline.date.slice(0, 10),
    by: changeSince(model, active.levels, assess(model, baseline.raters[role]).levels),
  };

  useEffect(() => {
    if (store.loaded && ratedHere.current) onResults?.(active, role);
  }, [store.loaded, active, role, onResults]);

  /** An edit the person made with the form (the embed reports results only after one). */
  const rate = useCallback(
    (change: Parameters<typeof store.edit>[0]) => {
      ratedHere.current = true;
      store.edit(change);
    },
    [store],
  );
  const clearOne = (competency: ModelCompetency) => {
    const before = person.raters[role];
    const id = person.id;
    rate((p) => clearCompetency(p, role, competency.id));
    store.inform(`Cleared ${competency.shortName} (${RATER_NAMES[role]}).`, () =>
      store.editPerson(id, (p) => restoreCompetency(p, role, competency.id, before)),
    );
  };
  const print = () => {
    setView('results');
    setPrinting(true);
  };

  const tabs: Tab<View>[] = [
    { id: 'rate', label: 'Rate' },
    { id: 'results', label: 'Results' },
    ...(team && store.persist ? [{ id: 'team' as const, label: 'Team' }] : []),
  ];
  const whose = `${store.persist ? `${person.name} · ` : ''}${RATER_NAMES[role]}`;

  return (
    <div className="calc" data-loaded={store.loaded ? 'true' : 'false'} data-view={view}>
      <Privacy persist={store.persist} />
      {partial && (
        <div className="calc-notice calc-notice--info" data-testid="partial-view">
          <p>
            Showing {shown.length} of the {model.competencies.length} competencies. The overall score and level need
            every competency
            {fullCalculatorHref ? (
              <>
                :{' '}
                <a href={fullCalculatorHref} target="_blank" rel="noopener">
                  open the full calculator
                </a>
                .
              </>
            ) : (
              '.'
            )}
          </p>
        </div>
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
          <div className="calc-layout">
            <RatingForm
              model={model}
              competencies={shown}
              raters={person.raters}
              role={role}
              assessment={active}
              onRate={(competencyId, dimensionId, level) =>
                rate((p) => setRating(p, role, competencyId, dimensionId, level))
              }
              onAntiSignal={(competencyId, level, observed) =>
                rate((p) => setAntiSignal(p, role, competencyId, level, observed))
              }
              onClear={clearOne}
              onNote={(note) => store.edit((p) => setNote(p, role, note))}
            />
            <ResultPanel
              model={model}
              competencies={shown}
              assessment={active}
              whose={whose}
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
                  onPrint={print}
                  onClear={() => store.clearRatings(person.id)}
                  inform={store.inform}
                />
              }
            >
              {share.url && (
                <ShareBox url={share.url} includeText={share.includeText} onIncludeText={share.setIncludeText} />
              )}
            </ResultPanel>
          </div>
        )}
        {view !== 'rate' && <Messages notices={store.notices} onDismiss={store.dismiss} />}
        {view === 'results' && (
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

function Privacy({ persist }: { persist: boolean }) {
  return persist ? (
    <p className="calc-privacy">
      <strong>What is stored where:</strong> your ratings are kept only in this browser (its local storage) and this
      page sends nothing to any server. A share link carries the ratings after the “#”, a part of the address browsers
      never send to servers; a link is made only when you ask for one.
    </p>
  ) : (
    <p className="calc-privacy">
      <strong>What is stored where:</strong> nothing. Your ratings stay in this page only and are gone when you close or
      reload it; export them to keep them. This calculator sends nothing to any server.
    </p>
  );
}
