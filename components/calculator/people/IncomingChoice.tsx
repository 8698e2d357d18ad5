/**
 * What to do with a shared link or an imported file: keep it as a new person, put it next to someone
 * already here as the other rater, or replace someone's ratings — or not keep it. Nothing is saved until
 * the person chooses, and every choice can be undone from the message that follows.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { RaterRole } from '@lib/assessment/raters';
import { raterHasInput } from '@lib/calculator/people';
import type { People, Person } from '@lib/assessment/people-format';
import { RATER_NAMES, RATER_ROLES } from '@lib/assessment/raters';
import type { Incoming, IncomingChoice as Choice } from '@lib/calculator/state/types';
import { useDispatch } from '../context';

interface Props {
  incoming: Incoming;
  people: People;
}

/** "self-assessment", "manager assessment", or both joined with "and": what a person's ratings are called in a sentence. */
const list = (roles: RaterRole[]) =>
  roles
    .map((role) => (role === 'self' ? 'self-assessment' : `${RATER_NAMES[role].toLowerCase()} assessment`))
    .join(' and ');

type Action = 'add' | 'merge' | 'replace';

export default function IncomingChoice({ incoming, people }: Props) {
  const dispatch = useDispatch();
  const onChoose = (choice: Choice) => dispatch({ type: 'resolve', choice });
  const id = useId();
  const heading = useBroughtIntoView();
  // Only people with something rated can be put next to or replaced; a blank "Me" is just a new person.
  const targets = people.people.filter((p) => RATER_ROLES.some((role) => raterHasInput(p.raters, role)));
  const [action, setAction] = useState<Action>(targets.length > 0 ? 'merge' : 'add');
  const [personId, setPersonId] = useState(targets[0]?.id ?? '');
  const has = RATER_ROLES.filter((role) => raterHasInput(incoming.person.raters, role));
  const several = incoming.more.length > 0;
  const what = incoming.source === 'link' ? 'You opened a shared assessment' : `You chose to import ${incoming.label}`;
  const radio = (value: Action, label: string) => (
    <ActionRadio name={`${id}-action`} value={value} action={action} onAction={setAction} label={label} />
  );

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action === 'add') onChoose({ action, name: String(new FormData(event.currentTarget).get('name') ?? '') });
    else onChoose({ action, personId });
  };

  return (
    <form className="calc-incoming" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {what}
      </h2>
      <p>
        {several
          ? `It holds ${incoming.more.length + 1} people.`
          : has.length > 0
            ? `It holds a ${list(has)}.`
            : 'It holds no ratings yet.'}{' '}
        It is shown below and is not saved in this browser until you choose.
      </p>
      <fieldset className="calc-incoming__choices">
        <legend>Keep it as</legend>
        {radio('add', several ? `${incoming.more.length + 1} new people` : 'A new person')}
        {action === 'add' && !several && (
          <p className="calc-incoming__detail">
            <label htmlFor={`${id}-name`}>Name or alias</label>
            <input id={`${id}-name`} name="name" type="text" maxLength={80} defaultValue={incoming.person.name} />
          </p>
        )}
        {targets.length > 0 && !several && (
          <>
            {radio('merge', 'Next to an existing person, as the other rater')}
            {radio('replace', 'Replacing an existing person’s ratings')}
            {action !== 'add' && (
              <PersonPicker
                selectId={`${id}-person`}
                targets={targets}
                personId={personId}
                onPerson={setPersonId}
                consequence={consequence(
                  action,
                  has,
                  targets.find((p) => p.id === personId),
                )}
              />
            )}
          </>
        )}
      </fieldset>
      <p className="calc-actions">
        <button type="submit" className="calc-button calc-button--primary">
          Save
        </button>
        <button type="button" className="calc-button" onClick={() => onChoose({ action: 'discard' })}>
          Don’t save it
        </button>
      </p>
    </form>
  );
}

/** A link pasted into an open page arrives wherever the page was scrolled: bring the question into view. */
function useBroughtIntoView() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return heading;
}

function ActionRadio({
  name,
  value,
  action,
  onAction,
  label,
}: {
  name: string;
  value: Action;
  action: Action;
  onAction: (action: Action) => void;
  label: string;
}) {
  return (
    <label className="calc-incoming__choice">
      <input type="radio" name={name} checked={action === value} onChange={() => onAction(value)} />
      {label}
    </label>
  );
}

/** The existing person to merge into or replace, and what that will do to them. */
function PersonPicker({
  selectId,
  targets,
  personId,
  onPerson,
  consequence,
}: {
  selectId: string;
  targets: readonly Person[];
  personId: string;
  onPerson: (id: string) => void;
  consequence: string;
}) {
  return (
    <p className="calc-incoming__detail">
      <label htmlFor={selectId}>Person</label>
      <select id={selectId} value={personId} onChange={(event) => onPerson(event.currentTarget.value)}>
        {targets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <span className="calc-muted">{consequence} You can undo this.</span>
    </p>
  );
}

/** What merging into or replacing `target` does to their ratings, in a sentence ('' without a target). */
function consequence(action: 'merge' | 'replace', has: RaterRole[], target: Person | undefined): string {
  if (!target) return '';
  if (action === 'replace') {
    return `${target.name}’s self-assessment and manager ratings are replaced; name and snapshots stay.`;
  }
  const others = RATER_ROLES.filter((role) => !has.includes(role));
  const both = has.length > 1;
  const verb = has.some((role) => raterHasInput(target.raters, role))
    ? both
      ? 'replace'
      : 'replaces'
    : both
      ? 'go next to'
      : 'goes next to';
  return `Its ${list(has)} ${verb} ${target.name}’s${others.length > 0 ? `; ${target.name}’s ${list(others)} stays` : ''}.`;
}
