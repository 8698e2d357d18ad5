/**
 * The scoring calculator island: two raters (self and manager) rate every dimension of every competency;
 * the ladder's rule turns that into competency levels, a weighted score and a ladder level, explained
 * step by step. All state stays in this browser (see useAssessmentStore).
 *
 * The embed (src/pages/[track]/embed.astro via EmbedCalculator) uses the optional props: in-memory storage,
 * a subset of competencies, a chosen target level and a callback for results. Without them the calculator
 * is the self-assessment page's.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment-state';
import { clearCompetency, setAntiSignal, setEvidence, setNote, setRating } from '../../src/lib/calculator/edit';
import { knownIds, type CalculatorModel } from '../../src/lib/calculator/model';
import { assess, hasAnyInput, promotionFrom, type Assessment } from '../../src/lib/calculator/results';
import { RATER_NAMES } from '../../src/lib/calculator/summary';
import { CompetencyCard } from './CompetencyCard';
import { Comparison } from './Comparison';
import { GapTable } from './GapTable';
import { LevelBadge } from './LevelBadge';
import { Notices } from './Notices';
import { RadarChart, type RadarSeries } from './RadarChart';
import { ReadinessChecklist } from './ReadinessChecklist';
import { ScoreCard } from './ScoreCard';
import { Toolbar } from './Toolbar';
import { useAssessmentStore, type StorageMode } from './useAssessmentStore';

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
  /** Called with the selected rater's results after loading and whenever they change. */
  onResults?: (assessment: Assessment, rater: RaterRole) => void;
}

const ROLES: RaterRole[] = ['self', 'manager'];

export default function Calculator({
  model,
  storage = 'local',
  competencies,
  targetLevel: targetCode,
  fullCalculatorHref,
  onResults,
}: Props) {
  const known = useMemo(() => knownIds(model), [model]);
  const store = useAssessmentStore(known, storage);
  const { state } = store;
  const [role, setRole] = useState<RaterRole>('self');
  const formRef = useRef<HTMLDivElement>(null);

  const otherRole: RaterRole = role === 'self' ? 'manager' : 'self';
  const results = useMemo(
    () => ({ self: assess(model, state.raters.self), manager: assess(model, state.raters.manager) }),
    [model, state],
  );
  const active = results[role];
  const current = active.overall.level;
  const chosen = targetCode ? model.levels.find((level) => level.code === targetCode) : undefined;
  const next = chosen ?? (current ? model.levels[current.rank] : undefined);
  const idPrefix = `calc-${role}`;
  // What is shown: all competencies, or the requested ones (the embed's ?competencies=).
  const view = useMemo(
    () =>
      competencies ? { ...model, competencies: model.competencies.filter((c) => competencies.includes(c.id)) } : model,
    [model, competencies],
  );
  const partial = view.competencies.length < model.competencies.length;

  useEffect(() => {
    if (store.loaded) onResults?.(active, role);
  }, [store.loaded, active, role, onResults]);

  const values = (levels: Record<string, number | null>) => view.competencies.map((c) => levels[c.id] ?? null);
  const series: RadarSeries[] = [{ name: RATER_NAMES[role], values: values(active.levels), variant: 'primary' }];
  if (hasAnyInput(state.raters[otherRole])) {
    series.push({ name: RATER_NAMES[otherRole], values: values(results[otherRole].levels), variant: 'secondary' });
  }
  const targetLevel = next ?? current ?? model.levels[model.levels.length > 2 ? 2 : 0];
  if (targetLevel) {
    series.push({
      name: `${targetLevel.code} target`,
      values: view.competencies.map((c) => c.targets[targetLevel.rank - 1] ?? null),
      variant: 'target',
    });
  }

  const toggleAll = (open: boolean) => {
    formRef.current?.querySelectorAll('details').forEach((details) => (details.open = open));
  };

  return (
    <div className="calc" data-loaded={store.loaded ? 'true' : 'false'} data-saving={store.saving}>
      {storage === 'local' ? (
        <p className="calc-privacy">
          <strong>What is stored where:</strong> your ratings are kept only in this browser (its local storage) and this
          page sends nothing to any server. A share link carries the ratings after the “#”, a part of the address
          browsers never send to servers; a link is made only when you ask for one.
        </p>
      ) : (
        <p className="calc-privacy">
          <strong>What is stored where:</strong> nothing. Your ratings stay in this page only and are gone when you
          close or reload it; export them to keep them. This calculator sends nothing to any server.
        </p>
      )}
      {partial && (
        <div className="calc-notice calc-notice--info" data-testid="partial-view">
          <p>
            Showing {view.competencies.length} of the {model.competencies.length} competencies. The overall score and
            level need every competency
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

      <Notices
        notices={store.notices}
        onKeepShared={store.keepShared}
        onDiscardShared={store.discardShared}
        onStartOver={store.startOver}
        onDismiss={store.dismiss}
      />

      <div className="calc-bar">
        <fieldset className="calc-raters">
          <legend>Who is rating?</legend>
          {ROLES.map((r) => (
            <label key={r} className="calc-raters__option">
              <input type="radio" name="calc-rater" value={r} checked={role === r} onChange={() => setRole(r)} />
              {RATER_NAMES[r]}
            </label>
          ))}
        </fieldset>
        <Toolbar
          model={model}
          known={known}
          state={state}
          onReplace={store.replace}
          onReset={() => {
            store.startOver();
            store.inform(
              storage === 'local' ? 'All ratings were deleted from this browser.' : 'All ratings were cleared.',
            );
          }}
          inform={store.inform}
        />
      </div>

      <div className="calc-layout">
        <div className="calc-form" ref={formRef}>
          <div className="calc-form__head">
            <h2>Rate each dimension: {RATER_NAMES[role]}</h2>
            <p className="calc-actions">
              <button type="button" className="calc-button calc-button--quiet" onClick={() => toggleAll(true)}>
                Expand all
              </button>
              <button type="button" className="calc-button calc-button--quiet" onClick={() => toggleAll(false)}>
                Collapse all
              </button>
            </p>
          </div>
          <p className="calc-muted">
            Pick the description that matches what you see most of the time. Tick an anti-signal only when it is
            observed.
          </p>
          {view.competencies.map((competency) => (
            <CompetencyCard
              key={`${role}-${competency.id}`}
              model={model}
              competency={competency}
              rater={state.raters[role]}
              other={{ name: RATER_NAMES[otherRole], rater: state.raters[otherRole] }}
              outcome={outcomeOf(active, competency.id)}
              idPrefix={idPrefix}
              onRate={(dimensionId, level) =>
                store.update((s) => setRating(s, role, competency.id, dimensionId, level))
              }
              onAntiSignal={(level, observed) =>
                store.update((s) => setAntiSignal(s, role, competency.id, level, observed))
              }
              onClear={() => store.update((s) => clearCompetency(s, role, competency.id))}
            />
          ))}
          <p className="calc-note">
            <label htmlFor={`${idPrefix}-note`}>Notes and evidence ({RATER_NAMES[role]})</label>
            <textarea
              id={`${idPrefix}-note`}
              rows={4}
              maxLength={5000}
              value={state.raters[role].note ?? ''}
              onChange={(event) => {
                const note = event.currentTarget.value;
                store.update((s) => setNote(s, role, note));
              }}
            />
          </p>
        </div>

        <aside className="calc-results" aria-label="Results">
          <ScoreCard model={model} overall={active.overall} raterName={RATER_NAMES[role]} />
          {/* A radar needs at least three axes. */}
          {view.competencies.length >= 3 && (
            <RadarChart
              model={view}
              series={series}
              caption={`Competency levels of the ${RATER_NAMES[role].toLowerCase()} against the target profile`}
            />
          )}
        </aside>
      </div>

      <section className="calc-section" aria-labelledby="calc-levels-heading">
        <h2 id="calc-levels-heading">How each level was reached</h2>
        <ul className="calc-levels" data-testid="competency-levels">
          {view.competencies.map((competency) => {
            const outcome = outcomeOf(active, competency.id);
            return (
              <li key={competency.id} data-competency={competency.id}>
                <span className="calc-levels__name">{competency.shortName}</span>
                {outcome.status === 'complete' ? (
                  <>
                    <LevelBadge model={model} level={outcome.level} />
                    <span className="calc-levels__why">{outcome.explanation}</span>
                  </>
                ) : (
                  <span className="calc-levels__why calc-muted">
                    not rated yet ({outcome.rated} of {outcome.needed})
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <GapTable model={view} levels={active.levels} current={current} next={next} />
      {/* Promotion criteria span the whole track; a partial view cannot judge them. */}
      {!partial && (
        <ReadinessChecklist
          key={role}
          model={model}
          levels={active.levels}
          suggested={
            chosen
              ? model.promotions.find((promotion) => promotion.to === chosen.rank)
              : current
                ? promotionFrom(model, current.rank)
                : undefined
          }
          idPrefix={idPrefix}
          evidence={state.raters[role].evidence ?? []}
          onEvidence={(key, ticked) => store.update((s) => setEvidence(s, role, key, ticked))}
        />
      )}
      <Comparison model={view} state={state} self={results.self} manager={results.manager} />
    </div>
  );
}

function outcomeOf(assessment: Assessment, id: string) {
  return assessment.competencies.find((outcome) => outcome.id === id)!;
}
