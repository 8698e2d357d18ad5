/**
 * A person's snapshots next to the ratings now: score, level and each competency's level per date (the
 * last few snapshots), so a review cycle shows what moved. A snapshot taken under an older ladder version
 * shows its version and its score as computed then, beside its score under the current ladder (its
 * ratings carried forward as saved people are, src/lib/assessment/ladder-versions.ts).
 */
import type { RaterRole } from '@lib/assessment/raters';
import type { ModelCompetency } from '@lib/calculator/model';
import type { Person } from '@lib/assessment/people-format';
import { assess, type Assessment } from '@lib/calculator/results';
import { RATER_NAMES } from '@lib/assessment/raters';
import { LevelBadge } from '../LevelBadge';
import { formatDate } from '@lib/calculator/dates';
import { useModel } from '../context';
import { migrateRaters } from '@lib/assessment/ladder-versions';
import { scoreLabel } from '@lib/calculator/ladder-stamp';

interface Props {
  competencies: readonly ModelCompetency[];
  person: Person;
  role: RaterRole;
  now: Assessment;
}

const SHOWN = 3;

export function History({ competencies, person, role, now }: Props) {
  const model = useModel();
  const snapshots = person.snapshots.slice(-SHOWN);
  const versions = model.versions;
  const columns = [
    ...snapshots.map((snapshot) => {
      const older = versions && snapshot.ladder && snapshot.ladder !== versions.current ? snapshot.ladder : undefined;
      const carried = older && versions ? migrateRaters(versions, older, snapshot.raters) : undefined;
      const raters = carried ? (carried.ok ? carried.raters : undefined) : snapshot.raters;
      return {
        label: formatDate(snapshot.date),
        version: snapshot.ladder,
        then: older ? (snapshot.scores?.[role] ?? '—') : undefined,
        result: raters ? assess(model, raters[role]) : undefined,
      };
    }),
    { label: 'Now', version: versions?.current, then: undefined, result: now },
  ];
  // Versions are named only when they differ (a site's one version is in its footer).
  const anyOlder = columns.some((column) => column.then !== undefined);
  const score = (result: Assessment | undefined) => (result ? scoreLabel(result) : '—');
  return (
    <section className="calc-section" aria-labelledby="calc-history-heading">
      <h2 id="calc-history-heading">History: {RATER_NAMES[role]}</h2>
      {snapshots.length === 0 ? (
        <p className="calc-muted">
          No snapshots of {person.name} yet. “Save snapshot” (under Manage) keeps today’s ratings, so the next review
          can show what changed.
        </p>
      ) : (
        <table className="calc-table calc-history">
          <caption className="calc-visually-hidden">
            Levels of {person.name} at each snapshot{person.snapshots.length > SHOWN ? ` (the last ${SHOWN})` : ''} and
            now
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {columns.map((column, index) => (
                <th key={index} scope="col">
                  {column.label}
                  {anyOlder && column.version && (
                    <span className="calc-history__version"> · version {column.version}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {anyOlder && (
              <tr>
                <th scope="row">Score then</th>
                {columns.map((column, index) => (
                  <td key={index}>{column.then ?? score(column.result)}</td>
                ))}
              </tr>
            )}
            <tr>
              <th scope="row">{anyOlder ? `Score under ${versions?.current}` : 'Score'}</th>
              {columns.map((column, index) => (
                <td key={index}>{score(column.result)}</td>
              ))}
            </tr>
            {competencies.map((competency) => (
              <tr key={competency.id}>
                <th scope="row">{competency.shortName}</th>
                {columns.map((column, index) => (
                  <td key={index}>
                    <LevelBadge level={column.result?.levels[competency.id] ?? null} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
