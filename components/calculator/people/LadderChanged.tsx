/**
 * One short notice per person rated under an older ladder version: what changed for their ratings since
 * (renamed, retired, new), linked to the track's "What changed" page. It is the person's own state (saved
 * with them, see src/lib/assessment/ladder-versions.ts), not one of the transient notices.
 */
import type { Person } from '@lib/assessment/people-format';
import { dismissCarried, unratedNew, type DimensionKey } from '@lib/assessment/ladder-versions';
import { useDispatch, useModel } from '../context';

export default function LadderChanged({ person }: { person: Person }) {
  const model = useModel();
  const dispatch = useDispatch();
  const carried = person.carried;
  if (!carried || carried.seen || !model.versions) return null;
  const name = ({ competency, dimension }: DimensionKey) =>
    model.competencies.find((one) => one.id === competency)?.dimensions.find((one) => one.id === dimension)?.name ??
    model.versions?.goneNames?.[`${competency}/${dimension}`] ??
    dimension;
  const goneName = (competency: string, dimension: string) => name({ competency, dimension });
  const others = (one: (typeof carried.replaced)[number]) =>
    one.others.map((id) => goneName(one.competency, id)).join('”, “');
  const unrated = unratedNew(carried, person.raters);
  return (
    <div className="calc-notice calc-notice--info" role="region" aria-label="Ladder changed">
      <p>
        <strong>
          The ladder changed since {person.name} was rated under version {carried.from} (now {model.versions.current}).
        </strong>{' '}
        {carried.replaced.map((one) => (
          <span key={`r-${one.competency}-${one.dimension}-${one.taken}`}>
            {name(one)} replaces “{goneName(one.competency, one.taken)}”
            {one.others.length > 0
              ? ` and “${others(one)}”; the rating of “${goneName(one.competency, one.taken)}” was taken`
              : ''}
            .{' '}
          </span>
        ))}
        {carried.retired.map((one) => (
          <span key={`x-${one.competency}-${one.dimension}`}>
            “{name(one)}” is retired: its rating is kept, not scored
            {one.reason ? ` (${one.reason.replace(/\.$/, '')})` : ''}.{' '}
          </span>
        ))}
        {unrated.length > 0 && (
          <span>
            New: {unrated.map(name).join(', ')}; the result stays provisional until{' '}
            {unrated.length === 1 ? 'it is' : 'they are'} rated.{' '}
          </span>
        )}
        <a href={model.versions.changesHref}>What changed</a>
      </p>
      <p className="calc-actions">
        <button
          type="button"
          className="calc-button"
          onClick={() => dispatch({ type: 'edit', change: dismissCarried })}
        >
          Dismiss
        </button>
      </p>
    </div>
  );
}
